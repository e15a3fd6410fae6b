"""The HTML view: the page's data, its views, and what it must never do (reach a host, run input as markup)."""
from __future__ import annotations

import re
from pathlib import Path

import kg
import kg.viz
from kg.viz import render_html
from kg.viz.data import page_data
from kg.viz.views import overview


def test_html_is_self_contained(example_graph):
    html = render_html(example_graph)
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=\"(?!data:)", html)
    assert "http" not in (Path(kg.viz.__file__).parent.parent / "data" / "graph.js").read_text(encoding="utf-8")
    assert "vis.Network" in html
    for label in ("人物 Person", "机构 Organization", "地点 Place", "活动/项目 Initiative"):
        assert label in html  # legend, Chinese first, English beside


def test_text_from_the_input_cannot_become_markup():
    g = kg.build("</script><script>alert(1)</script>郑州新闻\n\n本报讯(记者 王思俊)管城区构建网。")
    assert g.documents[0].articles[0].headline.startswith("</script>")
    html = render_html(g)
    assert "<script>alert(1)" not in html
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in html
    assert html.count("</script>") == 5  # vis-network, config, views, data, ours: nothing from the input closes one


def test_the_same_graph_gives_the_same_page(example_graph):
    assert render_html(example_graph) == render_html(example_graph)


def test_evidence_points_at_the_sentence_that_states_the_fact(example_graph):
    data = page_data(example_graph)
    nodes = data["nodes"]
    name = {i: n["n"] for i, n in enumerate(nodes)}
    fact = next(f for f in data["facts"] if f["p"] == "memberOf" and name[f["s"]] == "王路易")
    article, s0, s1, e0, e1 = fact["ev"][0][:5]
    sentence = nodes[article]["x"][s0:s1]
    assert "荥阳市艺术家联盟志愿服务队队长王路易" in sentence and s0 <= e0 < e1 <= s1
    highlighted = {name[n] for s, e, n in nodes[article]["hl"] if s0 <= s < s1}
    assert {"王路易", "荥阳市艺术家联盟志愿服务队"} <= highlighted


def test_every_highlight_shows_its_mention(example_graph):
    data = page_data(example_graph)
    for n in data["nodes"]:
        if n["t"] == "Article":
            for s, e, node in n["hl"]:
                entity = data["nodes"][node]
                assert n["x"][s:e].replace("\n", "") in [entity["n"], *entity["al"]] or entity["t"] == "Initiative"


def test_gazetteer_facts_keep_their_statement(example_graph):
    data = page_data(example_graph)
    stated = [ev for f in data["facts"] for ev in f["ev"] if ev[0] is None]
    assert stated and all(ev[5] == "gazetteer" and "⊂" in ev[7] for ev in stated)


def test_the_overview_says_what_it_shows(example_graph):
    view = overview(page_data(example_graph))
    assert view["title"].startswith("概览 Overview:") and "communities" in view["title"]
    assert f"{len(example_graph.entities)} 个实体 entities" in view["note"] and "11 篇文章 articles (not drawn)" in view["note"]
    drawn = {n for n, x, y in view["nodes"]}
    assert all(set(g["nodes"]) <= drawn for g in view["groups"])
    assert len({(x, y) for n, x, y in view["nodes"]}) == len(view["nodes"])  # no two nodes on one spot


def test_a_large_overview_draws_the_main_entities_of_each_community(monkeypatch):
    import kg.viz.views as views

    texts = ["本报讯(记者 王思俊)张明在郑州市管城区调研，李红参加。", "本报讯(记者 王思俊)张明和李红在管城区考察。",
             "新华社电 刘刚在上海市浦东新区考察，陈伟陪同。", "新华社电 刘刚和陈伟在浦东新区调研。"]
    data = page_data(kg.build(texts))
    monkeypatch.setattr(views, "SMALL", 3)  # as if this were a corpus
    monkeypatch.setattr(views, "OVERVIEW_NODES", 4)
    monkeypatch.setattr(views, "OVERVIEW_MEMBERS", 2)
    view = views.overview(data)
    name = {i: n["n"] for i, n in enumerate(data["nodes"])}
    groups = [{name[n] for n in g["nodes"]} for g in view["groups"]]
    assert sorted(map(sorted, groups)) == [["刘刚", "陈伟"], ["张明", "李红"]]  # the two most mentioned of each (新华社电 is a dateline)
    assert "up to 2 main entities each" in view["note"] and "4 篇文章 articles (not drawn)" in view["note"]
    assert [g["label"] for g in view["groups"]] == ["李红、张明", "刘刚、陈伟"]
