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


# 7, 8, 12: queries are bounded, offline and read-only
HUGE_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _run(capsys, *argv):
    from kg.cli import main

    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("update", ["INSERT DATA { <x:a> <x:b> <x:c> }", "DROP ALL", "PREFIX x: <x:> DELETE WHERE { ?s ?p ?o }",
                                    "clear default", "LOAD <http://example.org/data.ttl>"])
def test_updates_are_refused_as_read_only(example_out, capsys, update):
    code, _, err = _run(capsys, "query", example_out, "-e", update)
    assert code == 1 and "kg query is read-only" in err and err.count("\n") == 1


def test_service_is_refused_unless_allowed(example_graph, example_out, capsys):
    code, _, err = _run(capsys, "query", example_out, "-e",
                        "SELECT * WHERE { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }")
    assert code == 1 and "--allow-service" in err
    with pytest.raises(QueryError, match="SERVICE"):
        example_graph.query("select * where { service <http://example.org/> { ?s ?p ?o } }")
    # the word in a variable, a string, an IRI or a comment is not the keyword
    rows = example_graph.query('SELECT ?service WHERE { BIND("SERVICE" AS ?service) } # SERVICE <http://x/>')
    assert rows == [{"service": "SERVICE"}]
    from kg.query import check_query

    check_query("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", allow_service=True)


def test_a_long_query_stops_at_the_timeout(example_graph):
    import time

    start = time.monotonic()
    with pytest.raises(QueryError, match="longer than 1 s"):
        example_graph.query(HUGE_COUNT, timeout=1)
    assert time.monotonic() - start < 10


def test_rows_stop_at_the_limit(example_graph, example_out, capsys):
    from kg.query import RowLimitError

    with pytest.raises(RowLimitError) as e:
        example_graph.query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", max_rows=10)
    assert len(e.value.rows) == 10
    code, out, err = _run(capsys, "query", example_out, "-e", "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f }",
                          "--max-rows", "5", "--format", "csv")
    assert code == 1 and len(out.splitlines()) == 6 and "more than 5 rows" in err


@pytest.fixture
def ctrl_c_raises():
    """Python's own Ctrl-C handler, also where the suite runs with SIGINT ignored (started in the
    background by a shell without job control, which Python then leaves ignored)."""
    import signal

    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def test_ctrl_c_stops_a_query(example_graph, ctrl_c_raises):
    import os
    import signal
    import threading
    import time

    timer = threading.Timer(1.0, os.kill, (os.getpid(), signal.SIGINT))
    start = time.monotonic()
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        example_graph.query(HUGE_COUNT, timeout=60)
    assert time.monotonic() - start < 10


def test_ctrl_c_received_by_another_thread_stops_a_query(example_graph, ctrl_c_raises):
    """A process with threads may get Ctrl-C in any of them: the waiting main thread still stops."""
    import os
    import signal
    import threading
    import time

    timer = threading.Timer(1.0, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()  # before the mask: the timer's thread is the one that can receive the signal
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    start = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt):
            example_graph.query(HUGE_COUNT, timeout=30)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    assert time.monotonic() - start < 10


# Asking a shipped query about one thing (--bind): the rows of the full listing that have that value
# (what lets an archive's store look a few rows up instead of listing tens of thousands)
GROUPED_TOP = {"entities-in-most-articles"}  # a top 20: bound to a type, the top 20 of that type


def _focus_cases():
    from kg.query import focus_variables

    for name, path in named_queries().items():
        for var in focus_variables(path.read_text(encoding="utf-8")):
            if name != "mentions-of-place" and name not in GROUPED_TOP:
                yield name, var


@pytest.mark.parametrize("name,var", sorted(_focus_cases()))
def test_a_bound_query_answers_the_rows_of_its_listing_with_that_value(example_out, name, var):
    from kg.query import bind, run_query
    from kg.store import open_graph

    g = open_graph(example_out)
    sparql = named_queries()[name].read_text(encoding="utf-8")
    listing = run_query(g, sparql)
    values = sorted({row[var] for row in listing if row.get(var)})
    assert values, (name, var)
    for value in values[:3] + values[-2:]:
        assert run_query(g, bind(sparql, {var: value})) == [row for row in listing if row.get(var) == value], value


def test_a_bound_top_list_holds_that_type_alone(example_out):
    from kg.query import bind, run_query
    from kg.store import open_graph

    g = open_graph(example_out)
    sparql = named_queries()["entities-in-most-articles"].read_text(encoding="utf-8")
    places = run_query(g, bind(sparql, {"type": "Place"}))
    assert places and {row["type"] for row in places} == {"Place"}
    assert [row for row in run_query(g, sparql) if row["type"] == "Place"] == places[:len(
        [row for row in run_query(g, sparql) if row["type"] == "Place"])]


def test_mentions_of_place_asked_about_another_place(example_out):
    from kg.query import bind, run_query
    from kg.store import open_graph

    g = open_graph(example_out)
    sparql = named_queries()["mentions-of-place"].read_text(encoding="utf-8")
    rows = run_query(g, bind(sparql, {"name": "荥阳市"}))
    assert rows and {row["surface"] for row in rows} <= {"荥阳市", "荥阳"}
    assert run_query(g, bind(sparql, {"name": "管城区"})) == run_query(g, sparql)


def test_kg_query_bind_on_the_command_line(example_out, capsys):
    code, out, _ = _run(capsys, "query", example_out, "people-and-organizations", "--bind", "organization=郑州公交32路",
                        "--format", "csv")
    assert code == 0 and out.splitlines()[1:] and all(",郑州公交32路," in line for line in out.splitlines()[1:])
    code, out, _ = _run(capsys, "query", example_out, "place-hierarchy", "--bind", "?within=郑州市", "--bind", "place=二七区")
    assert code == 0 and "(1 row)" in out
    code, out, _ = _run(capsys, "query", example_out, "--list")
    assert "[--bind person=… --bind organization=…]" in out


@pytest.mark.parametrize("bad,message", [("who=李四", "no VALUES ?who line to bind; it can be asked about ?person"),
                                         ("organization", "--bind takes VAR=VALUE"), ("=x", "--bind takes VAR=VALUE")])
def test_a_bad_bind_is_one_line(example_out, capsys, bad, message):
    code, out, err = _run(capsys, "query", example_out, "people-and-organizations", "--bind", bad)
    assert code == 1 and message in err and err.count("\n") == 1 and not out
