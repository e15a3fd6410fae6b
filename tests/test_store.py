"""The build's store on disk: readers open it instead of parsing graph.ttl."""
from __future__ import annotations

import json

import kg
from kg.cli import main
from kg.store import StoredGraph, open_graph
from tests.conftest import EXAMPLE


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_build_keeps_a_store_that_query_and_stats_open(tmp_path, capsys, example_graph):
    out = tmp_path / "out"
    assert run(capsys, "build", EXAMPLE, "-o", out, "-q")[0] == 0
    assert (out / "store").is_dir()
    g = open_graph(out)
    assert isinstance(g, StoredGraph) and len(g) == len(example_graph.to_rdf())
    (out / "graph.ttl").unlink()  # the store is what readers read
    code, text, err = run(capsys, "query", out, "article-reporters")
    assert code == 0 and "王思俊" in text and "(11 rows)" in text, err
    code, text, _ = run(capsys, "stats", out, "--json")
    assert json.loads(text)["articles"] == 11


def test_the_store_answers_as_the_graph_does(tmp_path, capsys, example_graph):
    from kg.query import named_queries

    out = tmp_path / "out"
    assert run(capsys, "build", EXAMPLE, "-o", out, "-q", "--no-html")[0] == 0
    stored = open_graph(out)
    for name, path in named_queries().items():
        sparql = path.read_text(encoding="utf-8")
        assert _rows(stored.query(sparql)) == _rows(example_graph.query(sparql)), name
    assert stored.query("ASK { ?p a schema:Person }") == [{"ask": "true"}]


def _rows(rows):
    """Rows in a stable order; GROUP_CONCAT's order of values is the store's (SPARQL leaves it open), and
    rdflib writes a double's value its own way (7900000.0 where the store keeps 7900000)."""
    def value(v: str) -> str:
        return v[:-2] if v.endswith(".0") and v[:-2].isdigit() else "、".join(sorted(v.split("、")))

    return sorted(repr({k: value(v) for k, v in r.items()}) for r in rows)


def test_a_folder_without_a_store_is_read_from_graph_ttl(tmp_path):
    g = kg.build("本报讯(记者 王思俊)管城区构建网。")
    g.serialize(tmp_path / "graph.ttl")
    assert not isinstance(open_graph(tmp_path), StoredGraph)
    from kg.query import run_query

    assert run_query(open_graph(tmp_path), "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }") == [{"n": "王思俊"}]
