"""The HTML view in headless Chromium: click a node, read its evidence, open an article, go back, search.

Skipped only where no Chromium is installed (``apt-get install chromium``; ``.ci/run`` does it).
"""
from __future__ import annotations

import json
import time

import pytest

import kg
from kg.viz import write_html
from kg.viz.chromium import PAGE_READY, Chromium, find_chromium, node_position

pytestmark = pytest.mark.skipif(find_chromium() is None, reason="no chromium on this machine (apt-get install chromium)")


@pytest.fixture(scope="module")
def page(example_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "graph.html"
    write_html(example_graph, path)
    with Chromium() as browser:
        browser.open(path, wait=PAGE_READY)
        yield browser
        assert browser.errors == []  # no console error, no uncaught exception, all along
        assert [u for u in browser.requests if not u.startswith("file:")] == []  # no request to any host


def text(browser, selector: str) -> list[str]:
    return browser.evaluate(f"Array.from(document.querySelectorAll({json.dumps(selector)})).map(e => e.textContent)")


def settle(browser, expression: str) -> None:
    browser.wait_until(expression, timeout=10)
    time.sleep(0.05)


def test_the_page_opens_on_an_overview_that_names_what_it_shows(page, example_graph):
    assert page.evaluate("document.getElementById('view-title').textContent").startswith("概览 Overview:")
    note = page.evaluate("document.getElementById('view-note').textContent")
    assert f"{len(example_graph.entities)} 个实体 entities" in note and "11 篇文章 articles (not drawn)" in note


def test_clicking_a_node_shows_its_panel_with_an_evidence_sentence(page):
    x, y = page.evaluate(node_position("王路易"))
    page.click(x, y)
    settle(page, "document.querySelector('#panel h2') && document.querySelector('#panel h2').textContent.startsWith('王路易')")
    assert text(page, "#panel h4")[0].startswith("成员 member of")
    evidence = text(page, "#panel ul.facts .evidence")[0]
    assert "荥阳市艺术家联盟志愿服务队队长王路易" in evidence
    assert text(page, "#panel ul.facts .evidence mark.ent.self") == ["王路易"]  # the mention highlighted


def test_an_article_shows_its_text_with_highlighted_entities_and_back_goes_back(page):
    page.evaluate("location.hash = '#s=' + kgView.nodes.find(function (n) { return n.n === '王路易'; }).id")
    settle(page, "document.querySelector('#panel ul.mentions a.node')")
    page.evaluate("document.querySelector('#panel ul.mentions a.node').click()")
    settle(page, "document.querySelector('#panel .article-text')")
    assert "非遗" in page.evaluate("document.querySelector('#panel h2').textContent")
    marks = page.evaluate("""Array.from(document.querySelectorAll('#panel .article-text mark.ent'))
      .map(function (m) { return [m.firstChild.textContent, m.dataset.node, getComputedStyle(m).backgroundColor]; })""")
    names = [m[0] for m in marks]
    assert {"史治国", "王路易", "荥阳市艺术家联盟志愿服务队"} <= set(names)
    assert all(m[1] and m[2] != "rgba(0, 0, 0, 0)" for m in marks)  # each linked to its node, in a colour
    page.evaluate("Array.from(document.querySelectorAll('#panel .article-text mark.ent'))"
                  ".find(function (m) { return m.firstChild.textContent === '史治国'; }).click()")
    settle(page, "document.querySelector('#panel h2').textContent.startsWith('史治国')")
    page.evaluate("history.back()")
    settle(page, "document.querySelector('#panel .article-text')")


def test_search_suggests_names_and_aliases_as_you_type(page):
    page.evaluate("document.getElementById('search').focus()")
    page.type_text("管城区")
    settle(page, "!document.getElementById('suggestions').hidden")
    first = text(page, "#suggestions li")[0]
    assert first.startswith("管城回族区") and "别名 alias 管城区" in first
    page.press("Enter")
    settle(page, "document.querySelector('#panel h2').textContent.startsWith('管城回族区')")
    assert "区划代码 division code: 410104" in text(page, "#panel p.sub")
    assert any(p.startswith("上级 parents: 郑州市 › 河南省") for p in text(page, "#panel p.sub"))


def test_focused_views_draw_a_neighbourhood_and_an_article(page):
    page.evaluate("location.hash = '#v=nb%3A' + kgView.nodes.find(function (n) { return n.n === '姚恩思'; }).id + '&d=2'")
    settle(page, "document.getElementById('view-title').textContent.startsWith('邻域 Neighbourhood: 姚恩思')")
    drawn = page.evaluate("kgView.network.body.data.nodes.get().map(function (n) { return kgView.nodes[n.id].n; })")
    assert "郑州公交32路" in drawn and len(drawn) > 3
    page.evaluate("document.getElementById('view-select').value = 'type:Person';"
                  "document.getElementById('view-select').dispatchEvent(new Event('change'))")
    settle(page, "document.getElementById('view-title').textContent.startsWith('人物 Person')")
    kinds = page.evaluate("kgView.network.body.data.nodes.get().map(function (n) { return n.ktype; })")
    assert set(kinds) == {"Person"}


def test_input_text_shows_as_text(tmp_path):
    g = kg.build("<img src=x onerror=alert(1)>郑州新闻\n\n本报讯(记者 王思俊)管城区构建网。")
    path = tmp_path / "graph.html"
    write_html(g, path)
    article = next(n for n, d in g.graph.nodes(data=True) if d["type"] == "Article")
    with Chromium() as browser:
        browser.open(path, wait=PAGE_READY)
        browser.evaluate(f"location.hash = '#s={article}'")
        browser.wait_until("document.querySelector('#panel h2')", timeout=10)
        assert browser.evaluate("document.querySelector('#panel h2').textContent").startswith("<img src=x onerror=alert(1)>")
        assert browser.evaluate("document.querySelectorAll('img').length") == 0
        assert browser.errors == []
