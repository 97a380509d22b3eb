"""Each page's HTML as the theme's templates wrote it, kept in the build cache (hooks/cache.py,
hooks/kb/machinery/templates.py): a build in a new process with nothing changed renders no template, and
after any change to what the templates read, it writes what a build with no cache writes, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import pytest

from hooks.kb.machinery.memo import forget_everything
from tests.helpers.sitebuild import ROOT, build_docs, write_tree
from tests.helpers.sitediff import differences

SITE = {
    "index.md": "# 홈\n\n[가](a.md)\n",
    "a.md": "# 가\n\n내용\n",
    "b.md": "# 나\n\n## 첫번째\n\n내용\n",
}


@pytest.fixture
def rendered(monkeypatch) -> list[str]:
    """The URL of every page whose templates were rendered."""
    urls: list[str] = []
    render = jinja2.Template.render

    def counted(self, *args, **kwargs):
        page = dict(*args, **kwargs).get("page")
        if page is not None:
            urls.append(page.url)
        return render(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", counted)
    return urls


def _theme_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", folder)
    return folder


def _retitled(tmp_path: Path, docs: Path) -> dict:
    (docs / "b.md").write_text("# 나중\n\n## 첫번째\n\n내용\n", encoding="utf-8")  # every page's navigation
    return {}


def _nav_icon(tmp_path: Path, docs: Path) -> dict:
    (docs / "b.md").write_text("---\nicon: material/star\n---\n# 나\n\n내용\n", encoding="utf-8")
    return {}


def _other_copyright(tmp_path: Path, docs: Path) -> dict:
    return {"copyright": "다른 저작권 문구"}  # configuration given besides mkdocs.yml's text


def _other_site_url(tmp_path: Path, docs: Path) -> dict:
    return {"site_url": "https://example.org/notes/"}  # every page's canonical link


def _theme_edited(tmp_path: Path, docs: Path) -> dict:
    main = tmp_path / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8") + "\n{% block footer %}바뀐 바닥글{% endblock %}\n")
    return {}


@pytest.mark.parametrize(
    ("change", "shown"),
    [
        (_retitled, "나중"),
        (_nav_icon, "M12 17.27"),  # the star's SVG path, in every page's navigation
        (_other_copyright, "다른 저작권 문구"),
        (_other_site_url, "https://example.org/notes/a/"),
        (_theme_edited, "바뀐 바닥글"),
    ],
)
def test_a_page_is_written_as_a_build_without_the_cache_writes_it(tmp_path, rendered, change, shown):
    theme = {"theme": {"name": "material", "custom_dir": str(_theme_folder(tmp_path)), "language": "ko"}}
    docs = write_tree(tmp_path / "docs", SITE)
    first = build_docs(docs, tmp_path / "first", **theme)
    forget_everything()
    rendered.clear()
    same = build_docs(docs, tmp_path / "same", **theme)
    assert rendered == []  # nothing changed: every page's HTML from the cache
    assert differences(first.site_dir, same.site_dir) == []

    overrides = change(tmp_path, docs)
    forget_everything()
    warm = build_docs(docs, tmp_path / "warm", **theme, **overrides)
    fresh_docs = tmp_path / "fresh" / "docs"  # its own cache folder, empty
    shutil.copytree(docs, fresh_docs)
    fresh = build_docs(fresh_docs, tmp_path / "fresh" / "site", **theme, **overrides)
    assert shown in warm.html("a/")  # a page the change did not touch but shows it
    assert differences(fresh.site_dir, warm.site_dir) == []
