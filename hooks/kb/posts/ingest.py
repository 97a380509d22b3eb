"""Raw post in, `Note` out: decoding, front-matter, body rewrites, title, date and URL.

`read_note` never raises: whatever the bytes, it returns a Note (or, for a file that is not text at
all, None with a problem saying so), and every repair is listed in `Note.problems`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import PurePosixPath

from hooks.kb.math.slots import hold_formulas
from hooks.kb.posts import body as bodies
from hooks.kb.posts import front_matter as fm
from hooks.kb.posts import html_blocks, readme2tex
from hooks.kb.posts.admonitions import directive_boxes
from hooks.kb.posts.angle_brackets import text_angle_brackets
from hooks.kb.posts.blog_urls import HUGO_LANGUAGE, hosted_key, post_paths
from hooks.kb.posts.breaks import backslash_breaks
from hooks.kb.posts.callouts import callouts_as_boxes, just_the_docs_callouts
from hooks.kb.posts.captions import image_captions
from hooks.kb.posts.code import (
    code_file_titles,
    is_code_span,
    item_fences,
    lazy_code_lines,
    protect_code,
    readable_fences,
)
from hooks.kb.posts.comments import comment_lines_joined, comments_aside
from hooks.kb.posts.dendron import dendron_front_matter, dendron_variables, is_dendron_note
from hooks.kb.posts.diagrams import diagram_fences
from hooks.kb.posts.docsify import docsify_markup, docsify_routes, site_file_title
from hooks.kb.posts.embeds import embeds_as_links, velog_embeds
from hooks.kb.posts.feed_html import feed_code_fences, feed_fences, feed_formulas, is_feed_body
from hooks.kb.posts.footnotes import repeated_footnotes
from hooks.kb.posts.gfm_tables import tables_under_text
from hooks.kb.posts.gitbook import gitbook_blocks, gitbook_brackets
from hooks.kb.posts.github_ials import image_ials_as_text, shown_by_github
from hooks.kb.posts.hackmd import hackmd_tags, inserted_and_superscript, is_hackmd_note, signed_quotes
from hooks.kb.posts.hashtags import tag_lines
from hooks.kb.posts.headings import bare_hashes, close_heading_gaps, glued_hashes, indented_headings
from hooks.kb.posts.html2text import html2text_code
from hooks.kb.posts.images import ImageIndex, banner_of, fix_images
from hooks.kb.posts.katex_html import katex_as_tex
from hooks.kb.posts.kramdown_escapes import (
    is_hexo_post,
    is_hugo_page,
    is_jekyll_post,
    kramdown_escapes,
    reads_as_kramdown,
)
from hooks.kb.posts.kramdown_math import kramdown_paragraph_math
from hooks.kb.posts.kramdown_tables import headless_tables
from hooks.kb.posts.line_map import BodyLines, added_lines, merged_lines, source_line
from hooks.kb.posts.liquid import NOTE_EXTENSIONS, PostIndex, code_without_raw_tags, evaluate_liquid
from hooks.kb.posts.lists import MAX_DEPTH, reindent_lists
from hooks.kb.posts.logseq import has_logseq_marks, read_page
from hooks.kb.posts.mdx import mdx_markup
from hooks.kb.posts.mkdocs_site import site_includes
from hooks.kb.posts.myst import myst_markup
from hooks.kb.posts.note import Note
from hooks.kb.posts.notebooks import is_notebook, notebook_markdown, runs_liquid
from hooks.kb.posts.notices import notice_elements
from hooks.kb.posts.notion import DATE_KEYS, UPDATED_KEYS, is_notion_page, notion_properties, property_date
from hooks.kb.posts.quarto import is_quarto, quarto_chunks
from hooks.kb.posts.report import Problem
from hooks.kb.posts.shortcodes import hugo_and_hexo_tags
from hooks.kb.posts.slides import deck_of, marp_images, slide_settings
from hooks.kb.posts.tistory import tistory_folds, tistory_images
from hooks.kb.posts.titles import heading_title
from hooks.kb.posts.vaults import Vault, obsidian_display_math, obsidian_line_breaks
from hooks.kb.posts.velog import velog_sync_header
from hooks.kb.posts.visibility import private_problem_text
from hooks.kb.posts.vuepress import component_cards, site_info_cards

_DATED_NAME = re.compile(r"^(?P<date>\d{4}-\d{1,2}-\d{1,2})-(?P<rest>.+)$")
_DATE_IN_TEXT = re.compile(r"(?<!\d)(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?!\d)")
_DATE_WORDS = re.compile(r"(?<!\d)(?:19|20)\d{2}[-_.]\d{1,2}[-_.]\d{1,2}(?!\d)")  # a file name's date: `2024_01_01`


def decode(raw: bytes, path: str, problems: list[Problem]) -> str | None:
    """Text from UTF-8 (BOM or not) or CP949/EUC-KR; None for a file that is not text."""
    if b"\x00" in raw[:8192] or _looks_binary(raw[:8192]):
        problems.append(Problem(path, 0, "file is not text (binary content)", "skipped: no page made"))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp949")
            problems.append(
                Problem(
                    path,
                    0,
                    "file is encoded in CP949/EUC-KR, not UTF-8",
                    "decoded as CP949; save it as UTF-8 to silence this",
                    "info",
                )
            )
        except UnicodeDecodeError as exc:
            text = raw.decode("utf-8", errors="replace")
            line = raw[: exc.start].count(b"\n") + 1
            problems.append(
                Problem(path, line, "bytes that are neither UTF-8 nor CP949", "replaced with '\ufffd'")
            )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in text:  # a notebook's output as the terminal coloured it (Keras' progress bar, a traceback)
        text = _TERMINAL_CODES.sub("", text)
    return text.replace("\x00", "")


# A terminal's colour and cursor codes (`ESC[1m`, `ESC[0;31m`), which Jupyter draws as colours and nbconvert's
# Markdown keeps as they were: shown, they are `[1m32/32[0m` around the text.
_TERMINAL_CODES = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|[@-Z\\-_])?")
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


def _looks_binary(head: bytes) -> bool:
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return len(head) > 0 and control / len(head) > 0.1


def slugify(text: str) -> str:
    """URL words from a title: Hangul and Latin letters kept, everything else a single dash."""
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"[^\w가-힣]+", "-", text, flags=re.UNICODE).replace("_", "-")
    return re.sub(r"-{2,}", "-", text).strip("-")[:80].strip("-")


def note_url(src_path: str, title: str, date) -> str:
    """`notes/2022-10-05-boostcamp-12days/`. A Jekyll file name (`2022-10-05-boostcamp-12days.md`) gives
    it as Jekyll does, from the name, so editing the title never moves a page whose link was shared;
    other notes take the date, then the title's words (the file name's if none)."""
    stem = note_stem(src_path)
    named = _DATED_NAME.match(stem)
    if named and fm.as_datetime(named.group("date")) is not None and slugify(named.group("rest")):
        day = fm.as_datetime(named.group("date"))
        return f"notes/{day:%Y-%m-%d}-{slugify(named.group('rest'))}/"
    name = named.group("rest") if named else stem
    if date is not None:  # the date is already in front: a title or name that is a date alone adds nothing
        # (a Logseq journal `2024_01_01.md` titled "2024-01-01" is `notes/2024-01-01/`)
        words = slugify(_DATE_IN_TEXT.sub(" ", title)) or slugify(_DATE_WORDS.sub(" ", name))
        return f"notes/{date:%Y-%m-%d}-{words}/" if words else f"notes/{date:%Y-%m-%d}/"
    return f"notes/{slugify(title) or slugify(name) or 'note'}/"


def note_stem(src_path: str) -> str:
    """The file name without its Markdown extension (`.md`, `.markdown`, ...: Jekyll reads them all), and in
    a Hugo site's `content/` without its language (`r-markdown.ko.md`: the Korean page of `r-markdown`)."""
    name = PurePosixPath(src_path).name
    for ext in NOTE_EXTENSIONS:
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
            break
    else:
        return PurePosixPath(src_path).stem
    if src_path.endswith(readme2tex.SOURCE):  # `X.tex.md`: readme2tex's source of the note `X.md`
        name = name[: -len(".tex")]
    if is_hugo_page(src_path):
        name = _HUGO_LANGUAGE.sub("", name)
    return name


_HUGO_LANGUAGE = re.compile(rf"(?<=.){HUGO_LANGUAGE}$", re.I)


_LETTER = re.compile(r"[^\W\d_]")
_SLUG_MARK = re.compile(r"[-_]")  # a slug's words, joined as an address joins them
# A folder's page, or the name an editor gives a new note: no title of the note's own
_PLACEHOLDER_NAMES = frozenset({"readme", "index", "_index", "untitled", "무제", "제목 없음", "제목없음", "새 문서"})


def read_note(
    src_path: str,
    raw: bytes,
    images: ImageIndex | None = None,
    posts: PostIndex | None = None,
    vault: Vault | None = None,  # the Obsidian vault the note is in (`vaults`), if any
    graph: bool = False,  # a page of a Logseq graph copied in whole (`logseq.graph_of`)
) -> tuple[Note | None, list[Problem]]:
    problems: list[Problem] = []
    if is_notebook(src_path):  # the Markdown its blog made of it
        converted = notebook_markdown(raw, src_path, problems)
        if converted is None:
            return None, problems
        raw = converted.encode("utf-8")
    text = decode(raw, src_path, problems)
    if text is None:
        return None, problems
    if is_quarto(src_path):
        text = quarto_chunks(text)
    page, put_in = None, ()
    if graph or has_logseq_marks(text):  # an outline, line for line
        page, found = read_page(text, src_path)
        problems.extend(found)
        text = page.text
        vault = vault or Vault(line_breaks=True)  # each line of a block on its own line, `$$` a display
        put_in = page.added
    front = fm.split_front_matter(text, src_path, problems)
    raw_fields = front.raw
    if is_dendron_note(front.raw):
        raw_fields = dendron_front_matter(front.raw)
        front = replace(front, body=dendron_variables(front.body, front.raw))
    fields = fm.fold_aliases(raw_fields, src_path, front.key_lines, problems)
    for key, value in (page.fields.items() if page else ()):  # its page properties, as front-matter
        fields.setdefault(key, value)
    line_of_key = front.key_lines.get
    keys = fields.get("_keys", {})  # the spelling each field was read from

    media = front.raw.get("media_subpath") or front.raw.get("img_path")  # Chirpy's folder of images
    media = media if isinstance(media, str) else ""
    images = images or ImageIndex.of(())
    # Jekyll runs Liquid only in files with front-matter; without it (a note kept on GitHub, Obsidian, Notion)
    # `{{ message }}` in a Vue or Django note is text, as those tools show it.
    # `style={{...}}` is JSX, not Liquid; a notebook's or Quarto document's site shows its cells as written
    # fastpages' notebooks became Jekyll posts, Liquid and all; Quarto's never ran Liquid
    runs_cells = (is_notebook(src_path) and not runs_liquid(src_path)) or is_quarto(src_path)
    # A note written in HackMD is read as HackMD showed it, unless a Jekyll blog published it: kramdown drew that
    # post, its lines joined and its `++`, `^` and tags line as written (Liquid and all)
    hackmd = is_hackmd_note(front.body, front.raw) and not is_jekyll_post(src_path)
    # Hugo's content and HackMD's notes never ran Liquid: `{{< gist spf13 7896402 >}}`, what a Hugo post shows of
    # an escaped shortcode, and a Jinja note's `{{ name }}` are text there
    liquid = (
        front.body_line > 1 and not src_path.lower().endswith(".mdx") and not runs_cells
        and not is_hugo_page(src_path) and not hackmd
    )  # fmt: skip
    body, title, hashtags, lines = _normalize_body(
        front.body, front.body_line, src_path, images, posts, fields, problems, media, liquid, vault,
        deck_of(front.raw), put_in, hackmd, hackmd and front.raw.get("breaks") is not False,
    )
    image_line = line_of_key("image") or line_of_key("header") or line_of_key("cover-img") or line_of_key("cover") or 0
    banner, found = banner_of(fields.get("image"), src_path, images, image_line, media)
    problems.extend(found)
    date = _date(fields, src_path, title, line_of_key, problems)
    updated = fm.as_datetime(fields.get("updated"))
    draft = fm.as_bool(fields.get("draft")) is True or fm.as_bool(fields.get("published")) is False
    if private := fields.get("private"):  # kept private on its blog: a draft here, said so
        problems.append(Problem(src_path, line_of_key(private.key) or 0, *private_problem_text(private), key=private.key))
    categories = fm.as_list(fields.get("categories"), split=keys.get("categories") != "category")
    note = Note(
        src_path=src_path,
        title=title,
        body=body,
        url=note_url(src_path, title, date),
        title_given=fm.as_text(fields.get("title")) is not None,
        body_line=lines.first,
        added_lines=lines.added,
        date=date,
        updated=updated,
        tags=tuple(
            dict.fromkeys((*fm.as_list(fields.get("tags"), split=keys.get("tags") != "tag"), *hashtags))
        ),
        categories=categories,
        author=fm.as_text(fields.get("author")),
        description=fm.as_text(fields.get("description")),
        math=fm.as_bool(fields.get("math")) is True,
        draft=draft or bool(private),
        private=bool(private),
        banner=banner,
        permalinks=post_paths(src_path, fields, categories, fm.as_datetime(fields.get("date")))
        + tuple(filter(None, [hosted_key(fields.get("address") or "")])),  # its Velog or Tistory address
        problems=tuple(problems),
        source=text,
    )
    return note, problems


def before_formulas(
    text: str, path: str, first_line: int = 1, feed: bool | None = None
) -> tuple[str, list[Problem], tuple[int, ...]]:
    """The body as its formulas are to be found in it: Jekyll's highlight blocks as code, GitHub's ```math
    blocks as formulas, a GitBook note's escaped brackets as brackets, a Jekyll post's backslashes as kramdown
    read them (`\\(` a bracket, `\\|` in `$..$` a bar), Hugo's katex and highlight shortcodes
    as formulas and code (Hexo's and Hugo's other tags drawn with them), MyST's directives and roles as the
    formulas, figures, boxes and code a Jupyter Book drew, VuePress' ```component VPCard blocks as the link
    cards they were, html2text's `[code]` blocks as code, formulas an editor's HTML export
    holds typeset by KaTeX as their TeX. And the lines of the result that are none of the author's (a one-line
    highlight block made a fence)."""
    # first: no rewrite below reads the code of an item's fence (`* ```python`) as text
    text, split = item_fences(text)
    feed_problems: list[Problem] = []
    if feed is None:
        feed = first_line <= 1 and is_feed_body(text)
    if feed:  # a Velog feed's HTML: its formulas as written, before any rewrite
        text, feed_problems = feed_fences(text, path, first_line)  # its code blocks whole: their `$` are code
        text = feed_code_fences(text)
        text, found = feed_formulas(text, path, first_line)
        feed_problems += found
    if reads_as_kramdown(path):  # an item's code at the margin under its fence: the item's, as kramdown read it
        text = lazy_code_lines(text)
    diagrams = diagram_fences(text, path, first_line)
    text, problems = hugo_and_hexo_tags(text, path, first_line)
    problems = feed_problems + diagrams + problems
    text, found = myst_markup(text, path, first_line)
    problems += found
    text, found = component_cards(text, path, first_line)  # VuePress' ```component VPCard: a link
    problems += found
    text = katex_as_tex(text)
    text, found = html2text_code(text, path, first_line)  # a Velog feed's `[code]` blocks: code, not text
    problems += found
    text, found = gitbook_brackets(text, path)
    problems += found
    text, found = kramdown_escapes(text, path, first_line)
    problems += found
    text, added = bodies.liquid_code_blocks(text)
    if split:  # the problems above were told at lines of the split text: the author's lines, again
        problems = [replace(p, line=source_line(first_line, split, p.line - first_line + 1)) if p.line else p for p in problems]
    return bodies.math_fences(code_file_titles(text)), problems, merged_lines(split, added)


def _normalize_body(
    text: str,
    body_line: int,
    path: str,
    images: ImageIndex,
    posts: PostIndex | None,
    fields: dict,
    problems: list[Problem],
    media_path: str = "",
    liquid: bool = True,
    vault: Vault | None = None,
    deck: str = "",  # a slide deck's tool (`slides.deck_of`): Slidev's settings blocks are not shown, Marp's images sized
    put_in: tuple[int, ...] = (),  # lines of `text` that are none of the file's (a Logseq page's)
    hackmd: bool = False,  # a note written in HackMD (`hackmd.is_hackmd_note`)
    breaks: bool = False,  # each line of a paragraph shown on its own line (HackMD's `breaks`)
) -> tuple[str, str, tuple[str, ...], BodyLines]:
    """(body, title, the tags of its lines of Obsidian tags, where the body's lines are in the file)."""
    feed = body_line <= 1 and is_feed_body(text)  # a blog feed's HTML body, no front-matter: titled by its file's name
    text, found, early = before_formulas(text, path, body_line, feed)
    early = merged_lines(tuple(line - body_line + 1 for line in put_in if line >= body_line), early)
    problems.extend(found)
    # Formulas first: no rewrite below (Liquid, kramdown, code spans, lists) may touch the TeX.
    held = hold_formulas(text)
    if vault is not None or is_hugo_page(path):  # Hugo: a `$$` passthrough is a block, wherever it stands
        held = obsidian_display_math(held)
    elif reads_as_kramdown(path):  # kramdown: a `$$` off its block boundaries is inline math in the paragraph
        held = kramdown_paragraph_math(held)
    protected = protect_code(held.text)  # raw `<pre>` blocks too: no rewrite below reads a line of them
    if "<pre" in held.text.lower():  # a bare `<pre>` output drawn as the site's code blocks are
        protected = replace(protected, pieces=tuple(map(_preformatted_code, protected.pieces)))
    if liquid and is_jekyll_post(path):  # Jekyll ran Liquid in code too: the code's `{% raw %}` tags never showed
        # Hexo sets a fenced block aside before Nunjucks runs (its tags show there as written), not a code span
        fenced_kept = is_hexo_post(path)
        protected = replace(
            protected,
            pieces=tuple(
                piece if fenced_kept and not is_code_span(piece) else code_without_raw_tags(piece)
                for piece in protected.pieces
            ),
        )
    work = protected.text

    def line_of(offset: int) -> int:
        return source_line(body_line, early, 1 + work.count("\n", 0, offset))

    work, found = velog_sync_header(work, path, line_of, fields)  # `📅 <date>` and `🔗 [원문 링크](<address>)`
    problems.extend(found)
    if deck == "slidev":
        work, found = slide_settings(work, path, line_of)
        problems.extend(found)
    elif deck == "marp":
        work = marp_images(work)
    properties: tuple[str, ...] = ()
    if is_notion_page(path):
        work, properties, named, found = notion_properties(work, path, line_of)
        problems.extend(found)
        for field, keys in (("date", DATE_KEYS), ("updated", UPDATED_KEYS)):  # front-matter's, if any, wins
            value = next((named[key] for key in keys if key in named), None)
            if field not in fields and value is not None and (written := property_date(value)) is not None:
                fields[field] = written
    # GitBook's `{% hint %}` is a box, not a Liquid tag to remove (nor `:::tip` text); read before Liquid runs.
    work, found = directive_boxes(work, path, line_of, hackmd)
    problems.extend(found)
    work, found = gitbook_blocks(work, path, line_of)  # GitBook's other blocks, not Liquid to remove either
    problems.extend(found)
    work, found = docsify_markup(work, path, line_of)  # `?>` boxes, tabs in comments: before comments are hidden
    problems.extend(found)
    if liquid:  # not in a comment: what Liquid made there stayed unseen
        work, comments_back = comments_aside(work)
        work, found = evaluate_liquid(work, path, line_of, posts, fields)
        work = comments_back(work)
        problems.extend(found)
    written_front = body_line > 1  # the note has front-matter
    if shown_by_github(path, written_front, images.paths):  # `{: width="50%"}` on an image: text there
        work, found = image_ials_as_text(work, path, line_of)
        problems.extend(found)
    for rewrite in (
        comment_lines_joined,  # first: a comment's lines are none of the text's, for any rewrite below
        mdx_markup,
        embeds_as_links,
        velog_embeds,
        tistory_images,
        tistory_folds,  # before <details> are read: a fold is one
        bodies.chirpy_prompts,  # before kramdown's attribute lists are read: `{: .prompt-tip}` is the box's
        just_the_docs_callouts,
        callouts_as_boxes,
        html_blocks.chirpy_html_prompts,
        notice_elements,
        html_blocks.markdown_in_details,
        html_blocks.notion_callouts,
        html_blocks.vuepress_badges,
        site_info_cards,
        html_blocks.quoted_paragraphs,  # a quote's `<p>` lines: no HTML block in a quote for Python-Markdown
        html_blocks.close_paragraphs,  # before: a `<p>` never closed would hold the rest of the note
        html_blocks.markdown_in_html_blocks,
        html_blocks.dataframe_tables,
        html_blocks.preformatted_outputs,
        headless_tables,
        bodies.convert_kramdown,
        image_captions,  # after kramdown's attribute lists: `![](x.png){: w="700"}` is read as its image
        bodies.typora_toc,
        bodies.html_headings_to_markdown,
        indented_headings,  # `   ### 제목`, `>  ##### 요약`: headings, as CommonMark reads them
        bodies.orphan_definitions,
        bodies.lazy_definitions,  # after: a `: ` line left a paragraph's is no definition
        backslash_breaks,
        bodies.markdown_escapes,
        bodies.kramdown_tildes,  # after: its `&#126;` is no escape to read
        text_angle_brackets,  # after `\<` is an entity: `<w,x>` opens no tag, as kramdown and GitHub read it
        bodies.nested_links,
        repeated_footnotes,  # `[^4]:` twice: each note kept, where it was cited
        bodies.obsidian_embeds,
        bodies.obsidian_comments,
        site_includes,  # `--8<-- "file"`: told, as the file is not read here
    ):
        work, found = rewrite(work, path, line_of)
        if feed and rewrite is bodies.html_headings_to_markdown:  # a feed's every heading is HTML: said once, below
            found = []
        problems.extend(found)
    if posts is not None:  # a Docsify site's `/folder/page` links: its pages' files, before links are checked
        work, found = docsify_routes(work, path, line_of, posts.paths, images.paths)
        problems.extend(found)
    work, found = fix_images(work, path, images, line_of, media_path, posts.paths if posts else None)
    problems.extend(found)
    work, hashtags, found = tag_lines(work, path, line_of)
    problems.extend(found)
    if hackmd:
        work, hackmd_tag_list, found = hackmd_tags(work, path, line_of, protected.restore)
        hashtags = (*hashtags, *hackmd_tag_list)
        problems.extend(found)
        work = inserted_and_superscript(signed_quotes(work))
    work, found = glued_hashes(work, path, line_of)  # `#6. 차원`: text, as GFM reads it (tag lines are gone)
    problems.extend(found)
    work, found = bare_hashes(work, path, line_of)  # `#` alone: text in kramdown, no heading text in GFM
    problems.extend(found)

    title = fm.as_text(fields.get("title"))
    if title is not None and isinstance(fields.get("title"), list | dict):
        problems.append(Problem(path, 0, "title is a list, not text", f"read as '{title}'"))
    contents = None  # a first heading that only names the table of contents under it (`# 목차`)
    if title is None and feed:  # the feed gave the title beside the body: every heading is a section
        title = note_stem(path).strip() or "제목 없음"
        heading = bodies.first_h1(work)  # but a first heading that is the title itself (a post that repeats it)
        if heading is not None and _letters(bodies.heading_text(heading)) == _letters(title):
            work = work[: heading.start()] + "\n" * heading.group(0).count("\n") + work[heading.end() :]
        problems.append(
            Problem(
                path,
                0,
                "a blog feed's HTML body (a Velog RSS backup): the post's title is not in it, its HTML headings are "
                "its sections, with anchors and in the table of contents",
                f"the file name is the title: '{title}'",
                "info",
            )
        )
    if title is None and not written_front:  # a Docsify site's `_sidebar.md`: its table of contents, by its folder
        title, found = site_file_title(path)
        problems.extend(found)
    # A note without front-matter (a GitHub study repository, Typora, Obsidian, a Notion export) is titled by its
    # first `# ` heading or its file name as those show it: nothing to tell its author then (`written_front`).
    if title is None:
        heading = bodies.first_h1(work)
        written = bodies.heading_text(heading) if heading is not None else ""
        if heading is not None and bodies.is_contents_heading(written):
            contents, heading = written, None
        shown, figures = heading_title(protected.restore(written)) if heading is not None else ("", "")
        if shown:  # `# #`, or a heading of badges alone, is no title
            title = shown
            sections = bodies.h1_count(work)
            # its line stays: empty, or its figures (a README's badges), under the title; a setext one's
            # underline stays an empty line
            work = work[: heading.start()] + figures + "\n" * heading.group(0).count("\n") + work[heading.end() :]
            # the first of the note's sections, maybe not its title (a Notion export writes the page's title first)
            if sections > 1 and not is_notion_page(path):
                problems.append(
                    Problem(
                        path,
                        line_of(heading.start()),
                        "no title in front-matter",
                        f"the first of {sections} '# ' headings is the title, the others its sections",
                        "info",
                    )
                )
            elif written_front:  # without front-matter (GitHub, Typora, Obsidian) the heading is the title
                problems.append(
                    Problem(
                        path,
                        line_of(heading.start()),
                        "no title in front-matter",
                        "the first '# ' heading is the title"
                        if heading.group("setext") is None
                        else "the first heading, a line over '===', is the title",
                        "info",
                    )
                )
    if title is None:
        title = _DATED_NAME.sub(r"\g<rest>", note_stem(path)).replace("-", " ").strip() or "제목 없음"
        # a name written as a title (`RNN and LSTM.md`: Obsidian, Notion, Typora) is the note's title, and an
        # Obsidian vault's note is titled by its file name whatever it is (`Dropout.md`)
        stem = note_stem(path).strip()
        placeholder = stem.casefold() in _PLACEHOLDER_NAMES  # `README.md`, `Untitled.md`, `제목 없음.md`
        named = (" " in stem or vault is not None) and not placeholder
        # without front-matter, so is a name of one word (`경사하강법.md`, `CNN.md`): a slug (`day2_bert`,
        # `2021-08-10-rnn`), a number (`0810`) or an editor's placeholder is no title anywhere: its author is told
        # (an empty file is no note to title: its name is all it has, and its author is told)
        shown_as_titled = (
            not written_front
            and not placeholder
            and bool(work.strip())
            and (named or (_LETTER.search(stem) and not _SLUG_MARK.search(stem)))
        )
        if contents is not None and not shown_as_titled:  # GitHub and Typora show it by its file name too
            problems.append(
                Problem(
                    path,
                    0,
                    f"no title in front-matter, and the first '# ' heading, '{contents}', is a table of contents",
                    f"the file name is the title: '{title}'",
                    "info",
                )
            )
        elif contents is None and not shown_as_titled:
            problems.append(
                Problem(
                    path,
                    0,
                    "no title in front-matter and no '# ' heading",
                    f"the file name is the title: '{title}'",
                    "info" if named else "warning",
                )
            )
    if bodies.first_h1(work) is not None:
        work = bodies.demote_headings(work)
    work, found = close_heading_gaps(work, path, line_of)
    problems.extend(found)
    if breaks or (vault is not None and vault.line_breaks):
        work = obsidian_line_breaks(work)
    deepest: list[int] = []
    body = held.restore(reindent_lists(protected.restore(protected.fences_apart(html_blocks.figures_apart(html_blocks.tables_apart(tables_under_text(work, path))))), deepest))
    body = readable_fences(body)
    lead = len(body) - len(body.lstrip("\n"))  # blank lines above the text, which the body does not keep
    later = added_lines(held.restore(protected.restore(work))[lead:], body[lead:])
    added = merged_lines(tuple(line - lead for line in early if line > lead), later)
    body = body.strip("\n") + "\n"
    if deepest:
        problems.append(
            Problem(
                path,
                source_line(body_line, early, deepest[0]) if deepest[0] else 0,
                f"a list nested more than {MAX_DEPTH} levels deep",
                f"items deeper than {MAX_DEPTH} levels are shown at level {MAX_DEPTH}",
            )
        )
    return body, held.restore(title), (*properties, *hashtags), BodyLines(body_line + lead, added)


def _preformatted_code(piece: str) -> str:
    """A raw `<pre>` block set aside as `<pre><code>` (`html_blocks.preformatted_code`), on as many lines: the
    line break it drops after `<pre>` goes after its end."""
    drawn = html_blocks.preformatted_code(piece)
    return drawn + "\n" * (piece.count("\n") - drawn.count("\n"))


def _letters(text: str) -> str:
    """A title's letters and digits alone, in one case: a file name and a heading that spell it alike."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _date(fields: dict, path: str, title: str, line_of_key, problems: list[Problem]):
    raw = fields.get("date")
    if raw is not None:
        parsed = fm.as_datetime(raw)
        if parsed is not None:
            return parsed
        problems.append(
            Problem(
                path,
                line_of_key("date") or line_of_key("created") or 0,
                f"date '{raw}' is not a valid date",
                "date taken from the file name or title, if any",
            )
        )
    named = _DATED_NAME.match(note_stem(path))
    for source in ((named.group("date"),) if named else ()) + tuple(
        m.group("date") for m in _DATE_IN_TEXT.finditer(title)
    ):
        parsed = fm.as_datetime(source)
        if parsed is not None:
            return parsed
    return None
