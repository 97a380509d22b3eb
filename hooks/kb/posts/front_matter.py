"""Front-matter as the blogs write it, read by us (MkDocs' parser drops bad YAML silently).

Every key a Jekyll theme or Joplin writes is folded into the `Note` schema's fields; anything else
(layout, sidebar, comments, Joplin's coordinates and ids) is dropped, so it never reaches a page.
A key that only sets how the post looks on its blog (`LOOK_KEYS`) is reported at level "look": the 노트 상태
page lists such keys once for the whole site, not note by note, since the site draws its own page.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

import yaml

from hooks.kb.posts.report import Problem
from hooks.kb.posts.visibility import VISIBILITY_KEYS, kept_private

KST = timezone(timedelta(hours=9), "KST")  # naive dates in Korean students' blogs are local time

THEME_KEYS = frozenset({"template", "hide", "search", "icon", "status"})
# Keys that only set how a blog's theme shows the post: its layout, table of contents, sidebars, author box,
# comments, share buttons, related posts, reading time, pinning. This site draws its own page (Material always
# shows a table of contents), so they carry nothing of the note. Lower case: Hugo reads keys case-blind.
LOOK_KEYS = frozenset(
    {
        # Jekyll in general, and every theme below
        "layout", "sitemap", "comments", "comment", "share", "related", "toc", "toc_label", "toc_icon",
        "toc_sticky", "sidebar", "pin", "sticky",
        # minimal-mistakes (`sidebar_main` is the sidebar switch its Korean guides add)
        "author_profile", "sidebar_main", "read_time", "show_date", "words_per_minute", "classes",
        "entries_layout", "toc_levels",
        # Hydejack
        "accent_image", "accent_color", "theme_color", "hide_image", "hide_description", "no_link_title",
        "no_excerpt", "no_break_layout", "hide_last_modified",
        # Hugo (PaperMod and others): `type` and `weight` pick the template and the order in lists
        "type", "weight", "showtoc", "tocopen", "usehugotoc", "hidemeta", "hidesummary", "disableshare",
        "showreadingtime", "showbreadcrumbs", "showpostnavlinks", "showwordcount",
        "showrssbuttoninsectiontermlist", "disablehljs", "showcodecopybuttons",
        # Hexo (NexT, Butterfly, pin-top)
        "top", "reward", "donate", "aside", "toc_number", "toc_style_simple", "highlight_shrink",
        # TeXt (`key` names the post's comments and page views)
        "article_header", "show_author_profile", "show_subscribe", "show_edit_on_github", "show_title",
        "show_tags", "full_width", "sharing", "pageview", "key",
        # al-folio (`featured` pins a post in its lists, `thumbnail` shows only there; its `mermaid:`, `chart:`,
        # `code_diff:` switches change how the body is drawn, not only the look)
        "related_posts", "giscus_comments", "disqus_comments", "pretty_table", "featured", "thumbnail",
        # VuePress, Docusaurus: the place in the docs sidebar
        "sidebardepth", "sidebar_position", "sidebar_label",
        # HackMD: search engines, text direction, its analytics and comments, its slide mode's settings
        "robots", "dir", "ga", "disqus", "slideoptions",
        # Marp: a deck's switch, page numbers, slides split at headings, its colours and CSS
        "marp", "paginate", "headingdivider", "backgroundcolor", "backgroundimage", "style",
    }
)
LOOK_ONLY = "only sets how its blog shows the post"
# TeXt's `mathjax_autoNumber`: whether the blog's MathJax numbered every display formula, read where the
# blog's configuration is (`hooks.kb.posts.blog_config`), not a field of the note.
NUMBERING_KEYS = frozenset({"mathjax_autoNumber"})
# Chirpy's folder before the post's relative image paths (`media_subpath`, formerly `img_path`): not a field of the
# note, read by ingest where the images are found (`hooks.kb.posts.images`).
MEDIA_KEYS = frozenset({"media_subpath", "img_path"})
PRIVATE_KEYS = frozenset(
    {
        "latitude",
        "longitude",
        "altitude",
        "id",
        "parent_id",
        "user_created_time",
        "user_updated_time",
        "encryption_cipher_text",
        "encryption_applied",
        "source_url",
        "application_data",
        "markup_language",
        "is_shared",
        "share_id",
    }
)

# schema field: accepted spellings, first wins
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "tistoryTitle"),  # Obsidian's Tistory plugin keeps the post's title in `tistoryTitle`
    "date": ("date", "created", "created_at", "published_at"),
    "updated": ("updated", "last_modified_at", "modified", "last_modified", "lastmod", "updated_at"),
    "tags": ("tags", "tag", "keywords", "tistoryTags"),
    "categories": ("categories", "category"),
    "author": ("author", "authors"),
    "description": ("description", "excerpt", "summary", "subtitle"),
    "math": ("math", "use_math", "mathjax", "katex"),
    "image": ("image",),  # Chirpy's and Hydejack's cover image
    "permalink": ("permalink",),
    "slug": ("slug",),
}

# A post's own address on Velog or Tistory, as a copy of the blog on GitHub keeps it: `source:` (the scripts that
# save a Velog blog's feed as Markdown), `tistoryPostUrl:` (Obsidian's Tistory plugin). Read as `address`.
BLOG_POST_ADDRESS = re.compile(
    r"^https?://(?:velog\.io/@[^/\s?#]+/[^/\s?#]+|[\w-]+\.tistory\.com/(?:m/)?(?:\d+|entry/[^/\s?#]+))/?$", re.I
)
ADDRESS_KEYS = ("tistoryPostUrl", "source")

# Hugo's TOML front-matter (`+++` ... `+++`, `title = '...'`, `tags = ["a"]`), the form `hugo new` writes.
_TOML_BLOCK = re.compile(r"\A\+\+\+[ \t]*\n(?P<toml>.*?)\n?^\+\+\+[ \t]*(?:\n|\Z)", re.S | re.M)
_TOML_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*=")
_BLOCK = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n?^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S | re.M)
# `{}` (Obsidian, once a note's properties are all removed) or one line of JSON (`{"dg-publish":true,
# "permalink":"/rnn/"}`, Obsidian's Digital Garden): a mapping in YAML's flow style, with no `key:` line.
_FLOW_MAPPING = re.compile(r"\s*\{.*\}\s*\Z", re.S)
_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_DATE_TEXT = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"(?:\s*(?P<half>[AaPp])\.?[Mm]\.?)?)?"  # `05:00:00 PM`: Jekyll's Time.parse reads a 12-hour clock
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?$"
)


@dataclass(frozen=True)
class FrontMatter:
    raw: dict  # the front-matter mapping as written
    body: str
    body_line: int  # source line of the body's first line
    key_lines: dict  # front-matter key -> its source line


def split_front_matter(text: str, path: str, problems: list[Problem]) -> FrontMatter:
    """Split off the front-matter block; a leading `---` that opens no mapping stays in the body."""
    toml = _TOML_BLOCK.match(text)
    if toml is not None:
        return _toml_front_matter(text, toml, path, problems)
    if not re.match(r"---[ \t]*\n", text):
        return FrontMatter({}, text, 1, {})
    match = _BLOCK.match(text)
    if match is None:
        return _unclosed(text, path, problems)
    source = match.group("yaml")
    key_lines = {
        m.group("key"): n + 2 for n, line in enumerate(source.split("\n")) if (m := _KEY_LINE.match(line))
    }
    if not key_lines and source.strip() and not _FLOW_MAPPING.match(source):
        if re.match(r"\s*- ", source):
            problems.append(
                Problem(path, 2, "front-matter is a list, not 'key: value' lines", "kept as text in the page")
            )
        return FrontMatter({}, text, 1, {})  # `---` rule, text, `---` rule: not front-matter
    data = parse_yaml(source, path, problems)
    body_line = text.count("\n", 0, match.end()) + 1
    return FrontMatter(data, text[match.end() :], body_line, key_lines)


def _toml_front_matter(text: str, match: re.Match, path: str, problems: list[Problem]) -> FrontMatter:
    source = match.group("toml")
    key_lines = {
        m.group("key"): n + 2 for n, line in enumerate(source.split("\n")) if (m := _TOML_KEY_LINE.match(line))
    }
    body_line = text.count("\n", 0, match.end()) + 1
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        at = re.search(r"\(at line (\d+)", str(exc))
        reason = re.sub(r"\s*\(at .*?\)", "", str(exc))
        problems.append(
            Problem(
                path,
                int(at.group(1)) + 1 if at else 1,
                f"front-matter is not valid TOML ({reason})",
                "front-matter ignored",
            )
        )
        data = {}
    return FrontMatter(data, text[match.end() :], body_line, key_lines)


def _unclosed(text: str, path: str, problems: list[Problem]) -> FrontMatter:
    """`---` then `key: value` lines and no closing `---`: take those lines, keep the rest as body."""
    lines = text.split("\n")
    end = 1
    while end < len(lines) and _KEY_LINE.match(lines[end]):
        end += 1
    if end == 1:
        return FrontMatter({}, text, 1, {})
    problems.append(
        Problem(
            path,
            1,
            "front-matter block is never closed with '---'",
            f"lines 2-{end} read as front-matter, the rest as text",
        )
    )
    source = "\n".join(lines[1:end])
    key_lines = {m.group("key"): n + 2 for n, line in enumerate(lines[1:end]) if (m := _KEY_LINE.match(line))}
    return FrontMatter(parse_yaml(source, path, problems), "\n".join(lines[end:]), end + 1, key_lines)


def parse_yaml(source: str, path: str, problems: list[Problem]) -> dict:
    try:
        data = _load_yaml(source)
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        recovered, bad_line = _recover(source)
        # YAML notices an unclosed quote or bracket lines later; the line that failed on its own is the one
        # to fix. Line 1 of `source` is line 2 of the file.
        line = bad_line + 1 if bad_line else (mark.line + 2 if mark is not None else 1)
        problems.append(
            Problem(
                path,
                line,
                f"front-matter is not valid YAML ({_reason(exc)})",
                "read line by line, unparsable values kept as text" if recovered else "front-matter ignored",
            )
        )
        return recovered
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(
            Problem(
                path,
                2,
                f"front-matter is a {type(data).__name__}, not a mapping of keys",
                "front-matter ignored",
            )
        )
        return {}
    return {str(k): v for k, v in data.items()}


class _NoAliasLoader(yaml.SafeLoader):
    """Safe YAML without aliases (they serve no purpose in front-matter and allow 'billion laughs'
    bombs) and without timestamps: dates stay text and `as_datetime` reads every form blogs write
    (`+0900`, `Z`), where PyYAML would raise on `2023-13-45` and miss `+0900`."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases are not allowed", event.start_mark)
        return super().compose_node(parent, index)


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's parser (about 10x faster than PyYAML's own), with the same resolvers as above.
    It cannot refuse aliases as it composes, so it only reads sources with no `&` or `*` at all."""

    yaml_implicit_resolvers = _NoAliasLoader.yaml_implicit_resolvers


def _load_yaml(source: str):
    """Safe YAML without aliases or timestamps: libyaml when no alias can be there, else PyYAML's."""
    loader = _NoAliasLoader if ("&" in source or "*" in source) else _FastLoader
    return yaml.load(source, Loader=loader)  # noqa: S506 - both are SafeLoaders without aliases


def _reason(exc: Exception) -> str:
    problem = getattr(exc, "problem", None)
    text = str(exc).strip()
    return problem or (text.splitlines()[0] if text else type(exc).__name__)


def _recover(source: str) -> tuple[dict, int]:
    """Parse each top-level `key: value` on its own; a value YAML rejects is kept as plain text, an
    unclosed quote or bracket around it dropped. Returns the mapping and the first line (1-based in
    `source`) whose value YAML rejected, 0 if none did."""
    data: dict = {}
    bad_line = 0
    # A key indented by a tab (`\ttags: [a]`) is a top-level key written carelessly, not a nested one.
    lines = _TAB_INDENTED_KEY.sub("", source).replace("\t", "    ").split("\n")
    i = 0
    while i < len(lines):
        m = _KEY_LINE.match(lines[i])
        i += 1
        if not m:
            continue
        block = [lines[i - 1]]
        while i < len(lines) and (lines[i].startswith((" ", "-")) or not lines[i].strip()):
            block.append(lines[i])
            i += 1
        try:
            parsed = _load_yaml("\n".join(block))
            if isinstance(parsed, dict):
                data.update({str(k): v for k, v in parsed.items()})
                continue
        except (yaml.YAMLError, ValueError, RecursionError):
            pass
        bad_line = bad_line or i - len(block) + 1
        data[m.group("key")] = _unquoted(m.group("value") or "")
    return data, bad_line


_TAB_INDENTED_KEY = re.compile(r"^\t+(?=[A-Za-z_][\w-]*[ \t]*:)", re.M)
_PAIRS = {"'": "'", '"': '"', "[": "]", "{": "}"}


def _unquoted(value: str) -> str:
    """`"text"` -> text; an opening quote or bracket never closed (`"text`, `[a, b`) is dropped too."""
    value = value.strip()
    if value[:1] in _PAIRS:
        closing = _PAIRS[value[0]]
        if len(value) >= 2 and value.endswith(closing):
            value = value[1:-1]
        elif closing not in value[1:]:  # `[LG AImers] 05 ...` closes inside: a title, kept whole
            value = value[1:]
    return value.strip()


def fold_aliases(raw: dict, path: str, key_lines: dict, problems: list[Problem]) -> dict:
    """Map the blog's keys onto the schema's fields; report what was renamed or dropped."""
    fields: dict = {}
    used: set[str] = set()
    for field, spellings in ALIASES.items():
        for key in spellings:
            if key in raw and raw[key] is not None and raw[key] != "":
                if field in fields:
                    continue
                fields[field] = raw[key]
                fields.setdefault("_keys", {})[field] = key  # `category` means one value, `categories` many
                used.add(key)
                if key != field:
                    problems.append(
                        Problem(
                            path,
                            key_lines.get(key, 0),
                            f"'{key}' means '{field}' here",
                            f"read as {field}",
                            "info",
                        )
                    )
    if "image" not in fields and (header_image := _header_image(raw.get("header"))) is not None:
        key, fields["image"] = header_image  # minimal-mistakes' page header: the image over the post's title
        used.add("header")
        what = f"'header: {key}' means 'image' here"
        problems.append(Problem(path, key_lines.get("header", 0), what, "read as image", "info"))
    if "image" not in fields and (cover := _cover_image(raw.get("cover-img"))) is not None:
        fields["image"] = cover  # beautiful-jekyll's picture across the top of the post
        used.add("cover-img")
        problems.append(Problem(path, key_lines.get("cover-img", 0), "'cover-img' means 'image' here", "read as image", "info"))
    if "image" not in fields and "cover" in raw:
        cover, hidden = papermod_cover(raw["cover"])
        if cover is not None:  # Hugo PaperMod's (and jasper's, Butterfly's) picture at the top of the post
            fields["image"] = cover
            used.add("cover")
            problems.append(Problem(path, key_lines.get("cover", 0), "'cover' means 'image' here", "read as image", "info"))
        elif hidden:
            used.add("cover")
            what = "front-matter key 'cover' sets a picture its blog hid on the post's page ('hidden')"
            problems.append(Problem(path, key_lines.get("cover", 0), what, "not shown here either", "info", "cover"))
    for key in ADDRESS_KEYS:
        value = raw.get(key)
        if "address" not in fields and isinstance(value, str) and BLOG_POST_ADDRESS.match(value.strip()):
            fields["address"] = value.strip()
            used.add(key)
            what = f"'{key}' is the post's address on its blog"
            problems.append(Problem(path, key_lines.get(key, 0), what, "links to it lead to its page here", "info"))
    if "published" in raw:
        fields["published"] = raw["published"]
        used.add("published")
    if "draft" in raw:
        fields["draft"] = raw["draft"]
        used.add("draft")
    used.update(VISIBILITY_KEYS & raw.keys())  # private on its blog: read as a draft (`visibility.py`)
    if found := kept_private(raw):
        fields["private"] = found
    used.update(NUMBERING_KEYS & raw.keys())  # TeXt's "number every display": read with the blog's own setup
    used.update(MEDIA_KEYS & raw.keys())  # Chirpy's folder of the post's images: read where its images are found
    if isinstance(raw.get("breaks"), bool):  # HackMD's line breaks: read with the note's body (`hackmd.py`)
        used.add("breaks")
    spelling_of = {key: field for field, keys in ALIASES.items() for key in keys}
    for key in sorted(set(raw) - used):
        if raw[key] is None or raw[key] == "":  # `categories:` left empty, as Jekyll's post template has it
            what, done, level = "is empty", "ignored", "info"
        elif key == "keywords" and "tags" in fields:
            # beside the post's tags (a Chirpy, Hugo or Hexo post's words for search engines, in Korean and English):
            # the page's meta, which no reader saw; told once for the site, where it had a line on every note's
            what, done, level = LOOK_ONLY, "ignored, this site draws its own page", "look"
        elif key in spelling_of:
            what, done, level = f"is another spelling of '{spelling_of[key]}', already set", "ignored", "info"
        elif key in THEME_KEYS:
            what, done, level = "would change the page layout", "dropped", "info"
        elif key.lower() in LOOK_KEYS or (key == "defaults" and _look_defaults(raw[key])):
            what, done, level = LOOK_ONLY, "ignored, this site draws its own page", "look"
        elif key in PRIVATE_KEYS:
            what, done, level = "is private data (location or app id)", "dropped, never published", "info"
        else:
            what, done, level = "is not used by this site", "ignored", "info"
        problems.append(Problem(path, key_lines.get(key, 0), f"front-matter key '{key}' {what}", done, level, key))
    return fields


def _look_defaults(value) -> bool:
    """Whether `defaults:` is Jekyll's `_config.yml` block pasted into a post (a Korean minimal-mistakes guide's
    post template starts so: `- scope: {path: "", type: posts}` then `values: {layout: single, comments:
    true, ...}`), setting only the look. Jekyll reads `defaults` from `_config.yml` alone: in a post it
    did nothing, and what it names is the theme's look."""
    if not isinstance(value, list) or not value:
        return False
    for entry in value:
        values = entry.get("values") if isinstance(entry, dict) else None
        if not isinstance(values, dict) or not values or set(entry) - {"scope", "values"}:
            return False
        if any(not isinstance(name, str) or name.lower() not in LOOK_KEYS for name in values):
            return False
    return True


def _header_image(header) -> tuple[str, dict] | None:
    """minimal-mistakes' `header: {image: ..., image_description: ...}` (or `overlay_image`): the picture the
    theme draws across the top of the post. Its `teaser` shows only in lists of posts: not this."""
    if not isinstance(header, dict):
        return None
    key = next((k for k in ("image", "overlay_image") if isinstance(header.get(k), str) and header[k].strip()), None)
    if key is None:
        return None
    return key, {"path": header[key], "alt": as_text(header.get("image_description")) or ""}


def _cover_image(cover) -> dict | None:
    """beautiful-jekyll's `cover-img`: a path, or a list of them (the theme shows one, picked anew at each
    visit: the first here), each maybe `{path: caption}`."""
    if isinstance(cover, list):
        cover = cover[0] if cover else None
    if isinstance(cover, dict) and len(cover) == 1:
        (path, caption), = cover.items()
        return {"path": path, "alt": as_text(caption) or ""} if isinstance(path, str) and path.strip() else None
    return {"path": cover, "alt": ""} if isinstance(cover, str) and cover.strip() else None


def papermod_cover(cover) -> tuple[dict | None, bool]:
    """The picture a post's `cover:` shows above its text, and whether its blog hid it there. Hugo PaperMod's
    `cover: {image, alt, caption, hidden, hiddenInSingle}` (alt falls back to the caption, shown under the
    picture; `hidden` or `hiddenInSingle` keep it off the post's page), or a path alone (Hexo's Butterfly,
    Jekyll's jasper themes; `cover: false` is none)."""
    if isinstance(cover, str):
        return _cover_image(cover), False
    if not isinstance(cover, dict) or not isinstance(cover.get("image"), str) or not cover["image"].strip():
        return None, False
    if any(as_bool(cover.get(k)) for k in ("hidden", "hiddenInSingle", "hiddeninsingle")):
        return None, True
    caption = as_text(cover.get("caption")) or ""
    return {"path": cover["image"], "alt": as_text(cover.get("alt")) or caption, "caption": caption}, False


def as_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value if v is not None).strip() or None
    if isinstance(value, dict):
        return None
    text = str(value).strip()
    return text or None


def as_list(value, split: bool = True) -> tuple[str, ...]:
    """Tags and categories as Jekyll reads them: a list, or a string split at spaces or commas. With
    `split=False` (Jekyll's singular `category:` and `tag:`), a string is one value ("Natural Language
    Processing"), split only at commas."""
    if value is None or isinstance(value, dict):
        return ()
    if isinstance(value, str):
        parts = value.split(",") if "," in value or not split else value.split()
        return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))
    if isinstance(value, list | tuple):
        # Jekyll flattens and compacts: `tags:\n  - [transformer]` is `transformer`, `- []` nothing
        flat = [str(v).strip() for v in _flatten(value) if v is not None]
        return tuple(dict.fromkeys(v for v in flat if v))
    return (str(value),)


def _flatten(values):
    for value in values:
        if isinstance(value, list | tuple):
            yield from _flatten(value)
        else:
            yield value


def as_datetime(value) -> datetime | None:
    """A timezone-aware datetime from YAML's date/datetime or a blog's date text; None if invalid."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=KST)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=KST)
    if not isinstance(value, str):
        return None
    m = _DATE_TEXT.match(value.strip())
    if not m:
        return None
    tz = KST
    if m.group("tz"):
        text = m.group("tz").replace(":", "")
        tz = (
            UTC
            if text == "Z"
            else timezone(
                (1 if text[0] == "+" else -1) * timedelta(hours=int(text[1:3]), minutes=int(text[3:5]))
            )
        )
    hour = int(m["H"] or 0)
    if m["half"]:  # 12 AM is midnight, 12 PM noon; a 24-hour hour with AM/PM is no time
        hour = hour % 12 + (12 if m["half"] in "Pp" else 0) if 1 <= hour <= 12 else 24
    try:
        return datetime(
            int(m["y"]),
            int(m["m"]),
            int(m["d"]),
            hour,
            int(m["M"] or 0),
            int(m["S"] or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None


def as_bool(value) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "yes", "on", "false", "no", "off"):
        return value.strip().lower() in ("true", "yes", "on")
    return None


def yaml_block(text: str) -> str:
    """The YAML of `text`'s front-matter block as written, unparsed; "" when it has none."""
    found = _BLOCK.match(text)
    return found["yaml"] if found else ""
