"""The Markdown and text the site shows for notes: the note header (`note_page`), the note list and the
Markdown escaping every list shares (`listing`), the site's own HTML lists that Markdown takes whole
(`html_lists`, a Markdown extension), the pages by category and by date (`browse`), the 노트 상태
page (`status`), and the plain-text summary that chat previews show (`summary`).

May import `hooks.kb.math`, `hooks.kb.posts` and `hooks.kb.machinery`.
"""
