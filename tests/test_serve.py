"""kg serve: Oxigraph's server over a build's store, asked by a real SPARQL client and by curl."""
from __future__ import annotations

import shutil
import socket
import subprocess

import pytest

from kg.serve import server_binary, start

try:
    server_binary()
except Exception as e:  # noqa: BLE001
    pytest.skip(f"the oxigraph server is not installed ({e})", allow_module_level=True)

PEOPLE = ("PREFIX schema: <https://schema.org/> "
          "SELECT ?name WHERE { ?a schema:author ?p . ?p schema:name ?name } ORDER BY ?name")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    from kg.cli import main
    from tests.conftest import EXAMPLE

    out = tmp_path_factory.mktemp("served")
    assert main(["build", str(EXAMPLE), "-o", str(out), "-q", "--no-html"]) == 0
    port = _free_port()
    server = start(out, port=port, timeout=2)
    yield f"http://127.0.0.1:{port}/query"
    server.terminate()
    server.wait(10)


def test_a_sparql_client_reads_the_endpoint(endpoint, example_graph):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    remote = Graph(SPARQLStore(endpoint))
    names = [str(row.name) for row in remote.query(PEOPLE)]
    local = [r["name"] for r in example_graph.query(PEOPLE)]
    assert names == local and "王思俊" in names


@pytest.mark.skipif(not shutil.which("curl"), reason="curl is not installed")
@pytest.mark.parametrize("accept, start", [("text/csv", "name\n"), ("text/tab-separated-values", "?name\n"),
                                           ("application/sparql-results+json", "{"),
                                           ("application/sparql-results+xml", "<?xml")])
def test_curl_gets_each_result_format(endpoint, accept, start):
    done = subprocess.run(["curl", "-s", "-f", "-H", f"Accept: {accept}", "--data-urlencode", f"query={PEOPLE}", endpoint],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and done.stdout.startswith(start) and "王思俊" in done.stdout


def test_updates_are_refused(endpoint):
    update = endpoint.rsplit("/", 1)[0] + "/update"
    done = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--data-urlencode",
                           "update=INSERT DATA { <x:a> <x:b> <x:c> }", update], capture_output=True, text=True, timeout=30)
    assert done.stdout.startswith("4"), done.stdout
    count = subprocess.run(["curl", "-s", "-H", "Accept: text/csv", "--data-urlencode",
                            "query=ASK { <x:a> <x:b> <x:c> }", endpoint], capture_output=True, text=True, timeout=30)
    assert "false" in count.stdout


def test_a_missing_store_is_one_line(tmp_path, capsys):
    from kg.cli import main

    assert main(["serve", str(tmp_path)]) == 1
    assert "no store in this folder" in capsys.readouterr().err


def test_a_long_query_is_stopped_by_the_server(endpoint):
    # Oxigraph stops a query at its timeout while it produces solutions; it sends its 200 header first,
    # so the stop shows in the body. (A three-way cartesian COUNT is not stopped by Oxigraph 0.5.13.)
    long = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) > 0) }"
    done = subprocess.run(["curl", "-s", "--max-time", "50", "-H", "Accept: text/csv",
                           "--data-urlencode", f"query={long}", endpoint], capture_output=True, text=True, timeout=60)
    assert "cancelled" in done.stdout, done.stdout
