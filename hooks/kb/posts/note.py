"""The normalized note: the one schema every module reads, never the raw front-matter.

Whatever blog a post came from (Jekyll Chirpy / minimal-mistakes / Hydejack, Joplin, plain Markdown),
ingest turns it into a `Note`. Fields:

- `src_path`: the file under `docs/`, forward slashes (`notes/_posts/DL/2021-08-10-x.md`).
- `title`: front-matter `title`, else the first `# ` heading (then removed from `body`) unless it heads a table
  of contents (`# 목차`), else the file name.
- `date`, `updated`: timezone-aware datetimes or None (`date`/`created`; `last_modified_at`/`updated`...).
- `tags`, `categories`: tuples of strings, split the way Jekyll does (`categories: AI boostcourse` is two).
- `author`, `description`: strings or None (`description` also from `excerpt`/`summary`).
- `math`: the author declared math (`math`, `use_math`, `mathjax`, `katex`); math renders either way.
- `draft`: `draft: true` or `published: false`; drafts appear nowhere on the site.
- `private`: the blog kept the post private or protected (`tistoryVisibility: "0"`, `is_private: true`:
  `visibility`); such a post is a draft too.
- `url`: the page's URL, docs-relative with a trailing slash (`notes/2022-10-05-boostcamp-12days/`).
- `body`: normalized Markdown without front-matter; `body_line`: the source line of body line 1;
  `added_lines`: the body's lines put in by the normalizer (a blank line between a paragraph and its list),
  which no line of the file is: `source_line(n)` is the file's line of body line `n`.
- `banner`: the post's cover image (Chirpy's and Hydejack's `image:`, a path or `path`/`alt`), shown at the
  top of the page and as its preview image in chats; `url` is a `kb-docs:` link, another host's address, or
  None when the file is missing (a placeholder shows its alt text).
- `permalinks`: the paths the post had on its blog (`permalink:`, and Jekyll's default
  `/:categories/:year/:month/:day/:title/`; a Velog or Tistory post's address with its host,
  `velog.io/@user/slug`), so links to it by its blog's address lead to its page here.
- `problems`: what was wrong or non-standard, each with its line and what was done.
- `source`: the decoded file as written, for steps that report a line number in it.
- `numbers_displays`: the post's blog numbered every display formula (its MathJax did; `blog_config`), so
  they are numbered here too. Set when the registry is built: it reads the blog's folder, not the post.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from hooks.kb.posts.line_map import source_line
from hooks.kb.posts.report import Problem


@dataclass(frozen=True)
class Banner:
    url: str | None  # `kb-docs:<path>` or an external URL; None: the file is missing
    alt: str = ""
    caption: str = ""  # shown under the picture, as PaperMod's `cover: caption`


@dataclass(frozen=True)
class Note:
    src_path: str
    title: str
    body: str
    url: str
    body_line: int = 1
    added_lines: tuple[int, ...] = ()
    date: datetime | None = None
    updated: datetime | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    author: str | None = None
    description: str | None = None
    math: bool = False
    draft: bool = False
    private: bool = False  # a draft because its blog kept it private or protected (`visibility.py`)
    banner: Banner | None = None
    permalinks: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = field(default=(), compare=False)
    source: str = field(default="", compare=False, repr=False)  # the decoded file as written
    numbers_displays: bool = False
    title_given: bool = False  # its front-matter names its title (else its first heading or file name does)

    def source_line(self, line: int) -> int:
        """The line in the author's file of the body's line `line`."""
        return source_line(self.body_line, self.added_lines, line)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.level == "warning")

    def page_meta(self) -> dict:
        """The page metadata MkDocs and Material see: only normalized keys, never the raw ones."""
        meta: dict = {"title": self.title}
        if self.tags:
            meta["tags"] = list(self.tags)
        if self.description:
            meta["description"] = self.description
        return meta
