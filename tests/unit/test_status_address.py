"""Where the build's last lines send the reader for the 노트 상태 page."""

import os

from hooks.status import status_address


def test_serve_names_the_page_address_it_serves():
    assert status_address("http://127.0.0.1:8000/", "/p/site", True) == "http://127.0.0.1:8000/status/"


def test_a_local_build_names_the_file_it_wrote_as_nothing_serves_the_local_address(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    site = tmp_path / "site"
    assert status_address("http://127.0.0.1:8000/", str(site), False) == os.path.join("site", "status", "index.html")
    assert status_address("http://localhost:8000/repo/", str(site), False) == os.path.join("site", "status", "index.html")


def test_a_build_for_a_published_site_names_its_address():
    assert (
        status_address("https://kim.github.io/notes/", "/p/site", False) == "https://kim.github.io/notes/status/"
    )


def test_a_site_folder_outside_the_working_folder_is_named_whole(tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    site = tmp_path / "elsewhere" / "site"
    assert status_address("", str(site), False) == str(site / "status" / "index.html")
