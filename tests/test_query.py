from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.query import named_queries
from kg.rdf import load


def test_at_least_eight_shipped_queries_each_with_a_header():
    queries = named_queries()
    assert len(queries) >= 8
    for path in queries.values():
        assert path.read_text(encoding="utf-8").startswith("#"), path


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_each_shipped_query_returns_rows_on_the_example(example_graph, name):
    rows = example_graph.query(named_queries()[name].read_text(encoding="utf-8"))
    assert rows, name


def test_people_and_organizations(example_graph):
    rows = example_graph.query(named_queries()["people-and-organizations"].read_text(encoding="utf-8"))
    assert {(r["person"], r["organization"], r["role"]) for r in rows} >= {
        ("王路易", "荥阳市艺术家联盟志愿服务队", "队长"),
        ("赵丽", "郑州公交32路", "调度"),
    }


def test_invalid_sparql_is_a_query_error(example_graph):
    with pytest.raises(QueryError, match="invalid SPARQL"):
        example_graph.query("SELEC ?x WHERE {")


def test_load_reads_an_output_folder(example_out):
    g = load(example_out)
    assert len(g) > 1000
