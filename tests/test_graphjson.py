"""graph.json is written node by node, with the bytes networkx's node-link JSON of the graph would have."""
from __future__ import annotations

import json

import networkx as nx

import kg
from kg import graphjson


def _networkx_text(g) -> str:
    return json.dumps(nx.node_link_data(g.networkx(), edges="edges"), ensure_ascii=False, sort_keys=True, indent=1)


def test_graph_json_is_networkx_node_link_json(example_graph):
    assert "".join(graphjson.pieces(example_graph)) == _networkx_text(example_graph)


def test_several_documents_with_dates_quantities_and_shared_entities(tmp_path):
    g = kg.build(text=["本报讯(记者 王思俊)2022年3月1日，郑州市管城区启动“万人助万企”活动，投资5亿元。",
                       "本报讯(记者 王思俊 通讯员 姜璞)管城区政府和郑州市教育局参加“万人助万企”活动。"])
    graphjson.write(g, tmp_path / "graph.json")
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == _networkx_text(g) + "\n"


def test_an_empty_graph():
    g = kg.build(text=["。"])
    assert "".join(graphjson.pieces(g)) == _networkx_text(g)


def _edge_keys(text: str) -> list[tuple[str, str, str]]:
    return [(e["source"], e["target"], e["key"]) for e in json.loads(text)["edges"]]


def test_a_fact_stated_twice_is_one_edge_with_both_pieces_of_evidence():
    """graph.json has one edge per subject, object and predicate:role: the same fact in two documents is one
    edge that carries both documents' evidence, never two edges."""
    b = "本报讯(记者 郑磊)惠济区长兴路街道开展“保护湿地”活动,郑州公交32路调度赵丽参加。"
    g = kg.build(text=[b, b.replace("郑磊", "王思俊")])
    edges = json.loads("".join(graphjson.pieces(g)))["edges"]
    keys = _edge_keys("".join(graphjson.pieces(g)))
    assert len(keys) == len(set(keys))
    member = [e for e in edges if e["key"] == "memberOf:调度"]
    assert len(member) == 1 and sorted(ev["document"] for ev in member[0]["evidence"]) == sorted(d.id for d in g.documents)


def test_no_edge_is_repeated_on_the_example_page(example_graph):
    keys = _edge_keys("".join(graphjson.pieces(example_graph)))
    assert len(keys) == len(set(keys)) and len(keys) > 100


def test_the_indented_encoder_writes_what_json_writes():
    values = [{"b": [1, 2.5, None, True, False], "a": {"x": '管城"区\\\n\t\x01', "e": [], "d": {}}, "c": -1e300},
              [[], [{}], [[1]]], "", 0, -7, 1.5e-9, float("inf"), None, {"z": {"y": {"x": ["深", {"w": 0}]}}}]
    for value in values:
        for level in (0, 1, 3):
            assert graphjson.indented(value, level) == json.dumps(value, ensure_ascii=False, sort_keys=True,
                                                                   indent=1).replace("\n", "\n" + " " * level)
