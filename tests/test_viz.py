from __future__ import annotations

import re

import kg
from kg.viz import render_html


def test_html_is_self_contained(example_graph):
    html = render_html(example_graph)
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=", html)
    assert "vis.Network" in html and "vis-network" in html.lower()
    for label in ("Person", "Organization", "Place", "Initiative"):
        assert label in html  # legend


def test_text_from_the_input_cannot_become_markup():
    g = kg.build("</script><script>alert(1)</script>郑州新闻\n\n本报讯(记者 王思俊)管城区构建网。")
    assert g.documents[0].articles[0].headline.startswith("</script>")
    html = render_html(g)
    assert "<script>alert(1)" not in html
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in html
    assert html.count("</script>") == 2  # vis-network's and ours: nothing from the input closes a script


def test_a_large_graph_shows_its_most_mentioned_nodes(example_graph):
    html = render_html(example_graph, limit=20)
    assert f"20 of {example_graph.graph.number_of_nodes()} nodes" in html
    import json

    assert json.dumps("管城回族区")[1:-1] in html  # mentioned five times: among the most mentioned
