"""Opt-in: external images downloaded into the site at build time (a server on 127.0.0.1 plays the image
host), cached by URL; a failed download falls back to the remote image with a warning."""

from __future__ import annotations

import re

from hooks.kb.machinery.downloads import cache_name, fetch
from tests.helpers.blog_shapes import png
from tests.helpers.sitebuild import build_docs, site_pages, write_tree


def _note(host: str) -> str:
    return (
        "---\ntitle: 외부 그림\n---\n"
        f"![있는 그림]({host}fig.png)\n\n"
        f'<img src="{host}gone.png" alt="없는 그림">\n'
    )


def test_external_images_are_downloaded_cached_and_fall_back(tmp_path, serve):
    host_dir = tmp_path / "host"
    host_dir.mkdir()
    (host_dir / "fig.png").write_bytes(png(16, 8))
    host = serve(host_dir)
    cache = tmp_path / "cache"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/ext.md": _note(host)})
    extra = {"notes": {"download_images": True, "image_cache": str(cache)}}

    site = build_docs(docs, tmp_path / "site", strict=True, extra=extra)
    page = site.html("notes/외부-그림/")
    copy = "assets/external/" + cache_name(host + "fig.png", "image/png")
    assert (site.site_dir / copy).read_bytes() == png(16, 8)
    assert re.search(rf'<img src="../../{re.escape(copy)}" alt="있는 그림"', page)
    assert re.search(rf'<img src="{re.escape(host)}gone.png"[^>]*referrerpolicy="no-referrer"', page)
    assert f"notes/ext.md:6: image '{host}gone.png' could not be downloaded" in site.log
    assert "내려받지 못했습니다" in site.html("status/")

    (host_dir / "fig.png").unlink()  # the host forgets it: the cache still has it
    again = build_docs(docs, tmp_path / "site2", strict=True, extra=extra)
    assert (again.site_dir / copy).read_bytes() == png(16, 8)


def test_only_images_are_kept(tmp_path, serve):
    host_dir = tmp_path / "host"
    host_dir.mkdir()
    (host_dir / "page.html").write_text("<p>not an image</p>")
    got = fetch(serve(host_dir) + "page.html", tmp_path / "cache")
    assert got.path is None and "not an image" in got.error


def test_without_the_setting_nothing_is_downloaded(tmp_path, serve):
    host_dir = tmp_path / "host"
    host_dir.mkdir()
    (host_dir / "fig.png").write_bytes(png(4, 4))
    host = serve(host_dir)
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/ext.md": _note(host)})
    site = build_docs(docs, tmp_path / "site", strict=True)
    assert not (site.site_dir / "assets" / "external").exists()
    assert f'src="{host}fig.png"' in site.html("notes/외부-그림/")


def test_a_cover_image_on_another_host_is_downloaded_too(tmp_path, serve):
    host_dir = tmp_path / "host"
    host_dir.mkdir()
    (host_dir / "cover.png").write_bytes(png(20, 10))
    host = serve(host_dir)
    note = f"---\ntitle: 표지 그림\nimage:\n  path: {host}cover.png\n  alt: 표지\n---\n본문\n"
    docs = write_tree(tmp_path / "docs", {**site_pages(), "notes/cover.md": note})
    extra = {"notes": {"download_images": True, "image_cache": str(tmp_path / "cache")}}
    site = build_docs(docs, tmp_path / "site", strict=True, extra=extra)
    copy = "assets/external/" + cache_name(host + "cover.png", "image/png")
    assert (site.site_dir / copy).read_bytes() == png(20, 10)
    assert f'<figure class="kb-banner"><img src="../../{copy}" alt="표지"' in site.html("notes/표지-그림/")
