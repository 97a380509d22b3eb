"""In a browser: a Logseq task's SCHEDULED line is a small, quiet date line under the task, and an embedded page
is a box of its blocks inside its bullet, at a desktop's and a phone's width. The graph is written here in
Logseq's shape; it is no real graph."""

from __future__ import annotations

import pytest

from tests.helpers.sitebuild import build_site_with

TASKS = """- TODO 과제 제출
  SCHEDULED: <2024-01-01 Mon>
- 관련 정리
\t- {{embed [[모멘텀]]}}
"""
MOMENTUM = "- 관성을 더한다\n\t- 진동이 줄어든다\n"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return build_site_with(
        tmp_path_factory.mktemp("logseq_browser"),
        {
            "notes/graph/logseq/config.edn": "{:meta/version 1}\n",
            "notes/graph/pages/과제.md": TASKS,
            "notes/graph/pages/모멘텀.md": MOMENTUM,
        },
    )


@pytest.mark.parametrize("width", [1000, 390])
def test_a_scheduled_line_is_a_small_date_under_its_task(graph, serve, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(serve(graph.site_dir) + "notes/과제/", wait_until="load")
    date = page.locator("article .kb-task-date")
    assert date.inner_text() == "예정 2024-01-01 Mon"
    task = page.locator("article li.task-list-item").first
    text_size = float(task.evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
    date_size = float(date.evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
    assert date_size < text_size
    label = page.locator("article li.task-list-item label").first.bounding_box()
    assert date.bounding_box()["y"] >= label["y"] + label["height"] - 1  # on a line of its own, under the task


@pytest.mark.parametrize("width", [1000, 390])
def test_an_embedded_page_is_a_box_of_its_blocks_in_the_bullet(graph, serve, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(serve(graph.site_dir) + "notes/과제/", wait_until="load")
    box = page.locator("article li .kb-embed")
    assert box.locator(".admonition-title a").inner_text() == "모멘텀"
    assert "관성을 더한다" in box.inner_text() and "진동이 줄어든다" in box.inner_text()
    bullet = page.locator("article li", has_text="관련 정리").first.bounding_box()
    assert box.bounding_box()["x"] > bullet["x"]  # inside the bullet, as Logseq shows it
    assert box.bounding_box()["x"] + box.bounding_box()["width"] <= width
