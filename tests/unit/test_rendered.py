"""hooks/kb/machinery/rendered.py: when a page written by `mkdocs serve --dirty` must be written again."""

from __future__ import annotations

import os

from hooks.kb.machinery.rendered import Inputs, Lookups, Written, WrittenSite, now


def _versions(inputs: Inputs, source: bytes = b"text", site="config") -> dict[str, bytes]:
    return inputs.versions([("a.md", ("a/",), lambda: source), ("b.md", ("b/",), lambda: b"b")], site)


def test_a_version_changes_with_the_source_the_site_and_what_the_page_or_every_page_shows():
    shown = {"a": "related: b", "all": "concepts v1"}
    inputs = Inputs()
    inputs.tracking = True
    inputs.add("a.md", lambda: shown["a"])
    inputs.add(None, lambda: shown["all"])
    first = _versions(inputs)
    assert _versions(inputs) == first
    assert _versions(inputs, source=b"edited")["a.md"] != first["a.md"]
    assert _versions(inputs, source=b"edited")["b.md"] == first["b.md"]
    assert _versions(inputs, site="config edited") != first
    shown["a"] = "related: c"
    assert _versions(inputs)["a.md"] != first["a.md"] and _versions(inputs)["b.md"] == first["b.md"]
    shown["all"] = "concepts v2"
    assert all(_versions(inputs)[page] != first[page] for page in first)


def test_a_page_whose_step_makes_its_markdown_is_not_read_and_nothing_is_kept_unless_tracking():
    inputs = Inputs()
    inputs.add("a.md", lambda: "never")  # not tracking: a plain build pays nothing
    inputs.tracking = True
    inputs.add("a.md", lambda: ("generated markdown",), source=True)
    read = []
    inputs.versions([("a.md", (), lambda: read.append("a") or b"")], "site")
    assert read == []


def test_a_written_page_is_unchanged_only_with_its_version_its_links_and_its_file(tmp_path):
    output = tmp_path / "a" / "index.html"
    output.parent.mkdir()
    site = WrittenSite()
    written = Written(b"v1", now(), "A", {}, None, (("b.md", "b/"), ("c.md", None)))
    output.write_text("a")
    site.pages[str(output)] = written
    urls = {"b.md": "b/"}
    assert site.unchanged(str(output), b"v1", urls.get)
    assert not site.unchanged(str(output), b"v2", urls.get)
    assert not site.unchanged(str(output), b"v1", {"b.md": "b2/"}.get)  # a link's target moved
    assert not site.unchanged(str(output), b"v1", {"b.md": "b/", "c.md": "c/"}.get)  # a missing one came
    os.utime(output, (written.when - 10, written.when - 10))  # another build wrote it before
    assert not site.unchanged(str(output), b"v1", urls.get)
    site.pages[str(output)] = Written(b"v1", 0, "A", {}, None, (), always=True)
    assert not site.unchanged(str(output), b"v1", urls.get)


def test_the_files_of_pages_that_are_gone_are_removed_with_their_empty_folders(tmp_path):
    kept, gone = tmp_path / "kept" / "index.html", tmp_path / "notes" / "old" / "index.html"
    for path in (kept, gone):
        path.parent.mkdir(parents=True)
        path.write_text("x")
    outside = tmp_path.parent / "outside.html"
    site = WrittenSite(outputs=frozenset({str(kept), str(gone), str(outside)}))
    site.pages[str(gone)] = Written(b"", 0, None, {}, None, ())
    assert site.remove_stale([str(kept)], str(tmp_path)) == [str(gone)]
    assert (
        kept.exists()
        and not gone.exists()
        and not gone.parent.exists()
        and (tmp_path / "notes").exists() is False
    )
    assert str(gone) not in site.pages and site.outputs == {str(kept)}


def test_lookups_are_recorded_only_while_a_page_renders():
    lookups = Lookups()
    files = {"b.md": type("F", (), {"url": "b/"})()}
    get = lookups.wrap(files.get)
    get("b.md")
    with lookups.recording() as found:
        assert get("b.md").url == "b/" and get("x.md") is None
    get("x.md")
    assert found == [("b.md", "b/"), ("x.md", None)]


def test_lookups_of_the_steps_around_the_rendering_are_the_pages_too():
    lookups = Lookups()
    get = lookups.wrap({"b.md": type("F", (), {"url": "b/"})()}.get)
    lookups.begin()
    with lookups.recording() as rendering:
        get("b.md")
    lookups.by_page["a.md"] = tuple(rendering)  # what the rendering found, kept by the page's renderer
    get("img.png")  # a step after the rendering resolves a link
    lookups.end("a.md")
    get("c.md")
    assert lookups.by_page["a.md"] == (("b.md", "b/"), ("img.png", None))


def test_a_text_a_page_shows_is_digested_once_while_it_stays_the_same(monkeypatch):
    """A thousand notes' text is shown by their pages at every rebuild: digested again only when it changed;
    values equal to each other but digested differently (`True`, `1`) are never mixed up."""
    from hooks.kb.machinery import rendered

    made = []
    real = rendered._digest
    monkeypatch.setattr(rendered, "_digest", lambda value: made.append(value) or real(value))
    shown = {"a": ("노트 본문 " * 1000, "meta")}
    inputs = Inputs()
    inputs.tracking = True
    inputs.add("a.md", lambda: shown["a"])
    inputs.add("b.md", lambda: True)
    first = _versions(inputs)
    inputs.clear()  # the next build: the steps declare again what pages show
    inputs.add("a.md", lambda: shown["a"])
    inputs.add("b.md", lambda: 1)
    made.clear()
    second = _versions(inputs)
    assert shown["a"] not in made and second["a.md"] == first["a.md"]
    assert second["b.md"] != first["b.md"]  # `1` is not `True`: its repr, as a fresh build digests it
    shown["a"] = ("노트 본문 고침", "meta")
    assert _versions(inputs)["a.md"] != first["a.md"] and shown["a"] in made
