"""The build's store on disk: readers open it instead of parsing graph.ttl."""
from __future__ import annotations

import json
import re

import pytest

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
        if v.endswith(".0") and v[:-2].isdigit():
            return v[:-2]
        return " | ".join(sorted("、".join(sorted(part.split("、"))) for part in v.split(" | ")))

    return sorted(repr({k: value(v) for k, v in r.items()}) for r in rows)


def test_a_folder_without_a_store_is_read_from_graph_ttl(tmp_path):
    g = kg.build("本报讯(记者 王思俊)管城区构建网。")
    g.serialize(tmp_path / "graph.ttl")
    assert not isinstance(open_graph(tmp_path), StoredGraph)
    from kg.query import run_query

    assert run_query(open_graph(tmp_path), "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }") == [{"n": "王思俊"}]


# kg add: only new documents are analysed; the result is a build of everything at once
A = "本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。"
B = "本报讯(记者 郑磊)惠济区长兴路街道开展“保护湿地”活动,郑州公交32路调度赵丽参加。"
C = "荥阳市艺术家联盟志愿服务队队长王路易带队走进荥阳市第六小学,管城区志愿者参加。"


def _jsonl(path, *records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _exports(out):
    return {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.json", "graph.html", "analyses.jsonl",
                                                         "graphs.tsv")}


def _quads(out):
    return sorted(map(str, open_graph(out).open()))


def test_add_equals_a_build_of_everything(tmp_path, capsys):
    first = _jsonl(tmp_path / "a.jsonl", {"id": "a", "text": A}, {"id": "b", "text": B})
    more = _jsonl(tmp_path / "c.jsonl", {"id": "c", "text": C})
    assert run(capsys, "build", first, "-o", tmp_path / "inc", "-q")[0] == 0
    code, text, err = run(capsys, "add", tmp_path / "inc", more)
    assert code == 0 and "1 document(s) analysed, 3 in all" in text, err
    assert run(capsys, "build", first, more, "-o", tmp_path / "all", "-q")[0] == 0
    assert _exports(tmp_path / "inc") == _exports(tmp_path / "all")
    assert _quads(tmp_path / "inc") == _quads(tmp_path / "all")  # the incremental store equals the full build's
    before, quads = _exports(tmp_path / "inc"), _quads(tmp_path / "inc")
    code, text, err = run(capsys, "add", tmp_path / "inc", more, first)  # the same documents again
    assert code == 0 and "0 document(s) analysed, 3 in all" in text and "is unchanged" in text
    assert _exports(tmp_path / "inc") == before and _quads(tmp_path / "inc") == quads
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".inc")]  # no staging folder or lock left


def test_add_rewrites_only_the_graphs_that_changed(tmp_path, capsys):
    """A changed document's graph and the shared graph are rewritten; the other document's graph is kept."""
    first = _jsonl(tmp_path / "a.jsonl", {"id": "a", "text": A}, {"id": "b", "text": B})
    assert run(capsys, "build", first, "-o", tmp_path / "inc", "-q")[0] == 0
    changed = _jsonl(tmp_path / "b2.jsonl", {"id": "b", "text": C})
    code, _, err = run(capsys, "add", tmp_path / "inc", changed)
    assert code == 0 and "updated the store (2 of 3 graphs changed," in err, err
    assert "made the quads of 1 of 2 documents" in err  # the unchanged document's quads are not made again


def test_add_remakes_an_old_document_whose_entity_changed(tmp_path, capsys):
    """An added document that names 清迈市 makes the 清迈 of an old one that place: the old document's graph is
    made again (its key changed), the third document's is not, and the result is a build of everything."""
    old = _jsonl(tmp_path / "a.jsonl", {"id": "a", "text": "本报讯(记者 王思俊)志愿者在清迈开展活动。"}, {"id": "b", "text": B})
    more = _jsonl(tmp_path / "c.jsonl", {"id": "c", "text": "本报讯(记者 郑磊)志愿者在清迈市开展活动。"})
    assert run(capsys, "build", old, "-o", tmp_path / "inc", "-q")[0] == 0
    assert "name> \"清迈\"@zh" in (tmp_path / "inc" / "graph.nt").read_text(encoding="utf-8")  # the place as the old build named it
    code, _, err = run(capsys, "add", tmp_path / "inc", more)
    assert code == 0 and "made the quads of 2 of 3 documents" in err, err  # a and c, not b
    assert run(capsys, "build", old, more, "-o", tmp_path / "all", "-q")[0] == 0
    assert _exports(tmp_path / "inc") == _exports(tmp_path / "all")
    assert (tmp_path / "inc" / "graph.nt").read_bytes() == (tmp_path / "all" / "graph.nt").read_bytes()
    assert _quads(tmp_path / "inc") == _quads(tmp_path / "all")
    assert 'name> "清迈"@zh' not in (tmp_path / "inc" / "graph.nt").read_text(encoding="utf-8")


def test_add_replaces_a_changed_document(tmp_path, capsys):
    first = _jsonl(tmp_path / "a.jsonl", {"id": "a", "text": A}, {"id": "b", "text": B})
    changed = _jsonl(tmp_path / "b2.jsonl", {"id": "b", "text": C})
    assert run(capsys, "build", first, "-o", tmp_path / "inc", "-q")[0] == 0
    assert run(capsys, "add", tmp_path / "inc", changed, "-q")[0] == 0
    expected = _jsonl(tmp_path / "e.jsonl", {"id": "a", "text": A}, {"id": "b", "text": C})
    assert run(capsys, "build", expected, "-o", tmp_path / "all", "-q")[0] == 0
    inc, full = _exports(tmp_path / "inc"), _exports(tmp_path / "all")
    del inc["analyses.jsonl"], full["analyses.jsonl"]  # they name different source files
    for files in (inc, full):  # so does the HTML view, beside each article, and each document's key (its analysis)
        files["graph.html"] = re.sub(rb'"src":"[^"]*"', b'"src":""', files["graph.html"])
        files["graphs.tsv"] = re.sub(rb"\t[0-9a-f]{32}\n", b"\n", files["graphs.tsv"])
    assert inc == full
    assert _quads(tmp_path / "inc") == _quads(tmp_path / "all")
    assert "郑磊" not in (tmp_path / "inc" / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("cut", ["{\"doc\"", "tail", '{"doc": {"id": "x", "text": 5}}'])
def test_add_to_an_output_with_a_corrupt_analysis_line_names_the_line(tmp_path, capsys, cut):
    """A line cut short (at its start, or after the document's text): one line naming the file and the line,
    and OUT as it was."""
    first = _jsonl(tmp_path / "a.jsonl", {"id": "a", "text": A}, {"id": "b", "text": B})
    out = tmp_path / "inc"
    assert run(capsys, "build", first, "-o", out, "-q")[0] == 0
    saved = out / "analyses.jsonl"
    lines = saved.read_text(encoding="utf-8").split("\n")
    lines[2] = lines[2][: len(lines[2]) // 2] if cut == "tail" else cut  # the second document's line
    # (a line cut at its start, cut after the text, or a document whose text is no string)
    saved.write_text("\n".join(lines), encoding="utf-8")
    before = _exports(out)
    code, _, err = run(capsys, "add", out, "--text", C, "-q")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    assert f"{saved}, line 3: not kg's analyses" in err
    assert _exports(out) == before and sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "inc"]


def test_each_document_has_its_own_graph_in_the_store(tmp_path, capsys):
    import pyoxigraph as ox

    first = _jsonl(tmp_path / "a.jsonl", {"id": "a", "text": A}, {"id": "b", "text": B})
    assert run(capsys, "build", first, "-o", tmp_path / "out", "-q")[0] == 0
    store = open_graph(tmp_path / "out").open()
    ids = "https://w3id.org/kg-zh/id/"
    assert sorted(g.value for g in store.named_graphs()) == [f"{ids}document/a", f"{ids}document/b", f"{ids}graph/entities"]
    named = [q for q in store if q.graph_name != ox.DefaultGraph()]
    where = {(q.graph_name.value, q.subject.value.rsplit("/", 1)[0]) for q in named
             if q.predicate.value == "http://www.w3.org/ns/oa#exact" and q.object.value == "郑磊"}
    assert where == {(f"{ids}document/b", f"{ids}article/b/1")}  # the mention is in its document's graph
    names = {q.graph_name.value for q in named if q.predicate.value == "https://schema.org/name" and q.object.value == "郑磊"}
    assert names == {f"{ids}graph/entities"}  # the person's name in the shared graph
    # the default graph is the union of the named graphs, each triple once: what queries read
    default = sorted(str(t) for t in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert default == sorted({str(q.triple) for q in named})
    import rdflib

    assert len(default) == len(rdflib.Graph().parse(tmp_path / "out" / "graph.ttl"))


def test_the_store_loads_the_quads_as_they_are_made_and_sorted(tmp_path, capsys, monkeypatch):
    """A build's store loads the quads a block at a time as they are written, before the last one is made and
    while the triples' sorted runs are merged (kg.ntriples), then the sorted triples once the merge is done: the
    store holds what it held when it was loaded after the sort, its default graph the lines of graph.nt."""
    import threading

    import pyoxigraph as ox

    from kg import ntriples, rdf, store

    first = _jsonl(tmp_path / "a.jsonl", {"id": "a", "text": A}, {"id": "b", "text": B}, {"id": "c", "text": C})
    assert run(capsys, "build", first, "-o", tmp_path / "one", "-q")[0] == 0  # one run, sorted in memory, one block
    events: list[str] = []
    read_early = threading.Event()
    load_blocks, unique, wait, make = store._bulk_load_blocks, ntriples._unique, store.Growing.wait, rdf.quad_texts

    def quads(*a, **k):
        yield from make(*a, **k)
        assert read_early.wait(10), "the store read no quad before the last was made"
        events.append("last quad made")

    def waited(growing, *a, **k):
        size = wait(growing, *a, **k)
        if not growing.complete and not read_early.is_set():
            events.append("quads read")
            read_early.set()
        return size

    def load(s, path, format, *a, **k):
        events.append(f"load {format}")
        return load_blocks(s, path, format, *a, **k)

    def merge(lines):
        events.append("merge")
        yield from unique(lines)
        events.append("merged")

    monkeypatch.setattr(store, "LOAD_BYTES", 4096)  # blocks of 20 lines or so
    monkeypatch.setattr(ntriples, "RUN", 50)  # runs of 50 triples, merged
    monkeypatch.setattr(rdf, "quad_texts", quads)
    monkeypatch.setattr(store.Growing, "wait", waited)
    monkeypatch.setattr(store, "_bulk_load_blocks", load)
    monkeypatch.setattr(ntriples, "_unique", merge)
    assert run(capsys, "build", first, "-o", tmp_path / "runs", "-q")[0] == 0
    assert events == ["load N-Quads", "quads read", "last quad made", "merge", "merged", "load N-Triples"]
    assert _quads(tmp_path / "runs") == _quads(tmp_path / "one")
    assert _exports(tmp_path / "runs") == _exports(tmp_path / "one")
    nt = (tmp_path / "runs" / "graph.nt").read_text(encoding="utf-8")
    assert nt == (tmp_path / "one" / "graph.nt").read_text(encoding="utf-8") and nt.count("\n") > 100
    default = open_graph(tmp_path / "runs").open().quads_for_pattern(None, None, None, ox.DefaultGraph())
    assert sorted(f"{q.triple} .\n" for q in default) == nt.splitlines(keepends=True)


def test_a_store_without_the_union_is_still_read_and_added_to(tmp_path, capsys):
    """A store of an older kg has only the named graphs: queries read their union; kg add makes the default graph."""
    import pyoxigraph as ox

    first = _jsonl(tmp_path / "a.jsonl", {"id": "a", "text": A}, {"id": "b", "text": B})
    more = _jsonl(tmp_path / "c.jsonl", {"id": "c", "text": C})
    assert run(capsys, "build", first, "-o", tmp_path / "inc", "-q")[0] == 0
    store = ox.Store(str(tmp_path / "inc" / "store"))
    store.clear_graph(ox.DefaultGraph())
    del store
    code, text, _ = run(capsys, "query", tmp_path / "inc", "-e", "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }")
    assert code == 0 and "郑磊" in text and "(4 rows)" in text
    assert run(capsys, "add", tmp_path / "inc", more, "-q")[0] == 0
    assert run(capsys, "build", first, more, "-o", tmp_path / "all", "-q")[0] == 0
    assert _quads(tmp_path / "inc") == _quads(tmp_path / "all")


def test_add_to_a_folder_of_an_older_kg_makes_every_quad_again(tmp_path, capsys):
    """A folder without graph.nt or the documents' keys in graphs.tsv (an older kg) is added to as before: every
    quad made again, the graphs that changed rewritten; the result is the same."""
    first = _jsonl(tmp_path / "a.jsonl", {"id": "a", "text": A}, {"id": "b", "text": B})
    more = _jsonl(tmp_path / "c.jsonl", {"id": "c", "text": C})
    assert run(capsys, "build", first, "-o", tmp_path / "inc", "-q")[0] == 0
    (tmp_path / "inc" / "graph.nt").unlink()
    graphs = tmp_path / "inc" / "graphs.tsv"
    graphs.write_text(re.sub(r"\t[0-9a-f]{32}\n", "\n", graphs.read_text(encoding="utf-8")), encoding="utf-8")
    code, _, err = run(capsys, "add", tmp_path / "inc", more)
    assert code == 0 and "sorted" in err and "made the quads of" not in err, err
    assert run(capsys, "build", first, more, "-o", tmp_path / "all", "-q")[0] == 0
    assert _exports(tmp_path / "inc") == _exports(tmp_path / "all")
    assert _quads(tmp_path / "inc") == _quads(tmp_path / "all")


def test_add_to_a_folder_without_analyses_is_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "add", tmp_path, "--text", A)
    assert code == 1 and "analyses.jsonl" in err and err.count("\n") == 1


def test_a_spool_read_halfway_still_appends_at_its_end():
    from kg.analyses import Spool

    spool = Spool()
    lines = ["a" * 100_000, "b" * 100_000]  # longer than a read's buffer
    for line in lines:
        spool.append(line)
    reading = iter(spool)
    next(reading)
    reading.close()
    spool.append("c")
    assert list(spool) == [*lines, "c"]


def test_a_file_loaded_in_blocks_gives_the_store_every_line_once(tmp_path, monkeypatch):
    """The store of a build is bulk-loaded a block of whole lines at a time (kg.store.LOAD_BYTES): a line is never
    cut between two blocks, and a last line without its newline still counts."""
    import pyoxigraph as ox

    from kg import store

    lines = [f'<http://x/s{i}> <http://x/p> "值{i}" .\n' for i in range(50)]
    path = tmp_path / "t.nt"
    path.write_text("".join(lines).rstrip("\n"), encoding="utf-8")
    monkeypatch.setattr(store, "LOAD_BYTES", 100)  # two or three lines a block, cut mid-line
    s = ox.Store(str(tmp_path / "store"))
    assert store._bulk_load(s, path, format=ox.RdfFormat.N_TRIPLES) == 50
    assert sorted(f"{q.triple} .\n" for q in s) == sorted(lines)
