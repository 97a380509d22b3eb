"""Shared fixtures: whole builds of small docs trees, and a browser on the built site."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from tests.helpers.sitebuild import EXAMPLE_SITE, ROOT, BuiltSite, build_docs, site_pages, write_tree

CHROMIUM = "/usr/bin/chromium"
FIXTURE = ROOT / "tests" / "fixtures" / "injection.md"


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory) -> BuiltSite:
    """The example site (tests/fixtures/example_site/: the docs/ the project ships, whatever docs/ now
    holds) built once, strict, into a temporary folder."""
    out = tmp_path_factory.mktemp("shipped")
    shutil.copytree(EXAMPLE_SITE, out / "docs")
    return build_docs(out / "docs", out / "site")


@pytest.fixture(scope="session")
def injection_site(tmp_path_factory) -> BuiltSite:
    """A site whose one note is tests/fixtures/injection.md: every way a post could try to run a script."""
    root = tmp_path_factory.mktemp("inject")
    docs = write_tree(root / "docs", site_pages())
    shutil.copy(FIXTURE, docs / "notes" / "injection.md")
    return build_docs(docs, root / "site")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
        pass


@pytest.fixture(scope="session")
def serve():
    """serve(site_dir) -> base URL of a local HTTP server for that folder."""
    servers = []

    def start(site_dir: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(site_dir))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
    page = context.new_page()
    yield page
    context.close()


def pytest_collection_modifyitems(config, items):
    """Tests are kept by tier (README "Tests"): only tests/browser/ starts Chromium, and all of it is
    marked `browser`, so `pytest -m "not browser"` runs everything else."""
    browser_tier = ROOT / "tests" / "browser"
    for item in items:
        in_tier = browser_tier in item.path.parents
        if in_tier:
            item.add_marker(pytest.mark.browser)
        elif "browser" in getattr(item, "fixturenames", ()):  # the `page` fixture needs it too
            raise pytest.UsageError(f"{item.nodeid} starts Chromium: it belongs in tests/browser/")
