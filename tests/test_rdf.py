"""The RDF contract that other tools rely on."""
from __future__ import annotations

import os
import subprocess
import sys

from rdflib import Graph

import kg
from kg.rdf import KG, ONTOLOGY, SCHEMA
from tests.conftest import EXAMPLE, ROOT


def names_of(g, cls):
    return {str(r["name"]) for r in g.query(f"SELECT ?name WHERE {{ ?e a <{cls}> ; <{SCHEMA.name}> ?name }}")}


def test_entity_classes_and_names(example_graph):
    g = example_graph.to_rdf()
    assert "王路易" in names_of(g, SCHEMA.Person)
    assert "二七区樱桃沟党工委" in names_of(g, SCHEMA.Organization)
    assert "管城回族区" in names_of(g, SCHEMA.Place)  # 管城区, normalized to the official name
    assert "万人助万企" in names_of(g, KG.Initiative)
    assert str(KG.Initiative).endswith("Initiative")
    rows = example_graph.query('SELECT ?alias WHERE { ?e schema:name "二七区樱桃沟党工委"@zh ; schema:alternateName ?alias }')
    assert rows == [{"alias": "樱桃沟党工委"}]


def test_articles_have_headline_authors_contributors_and_mentions(example_graph):
    rows = example_graph.query(
        """SELECT ?h ?r ?c WHERE { ?a a schema:NewsArticle ; schema:position 6 ; schema:headline ?h ;
           schema:author/schema:name ?r ; schema:contributor/schema:name ?c ; schema:mentions ?m }
           GROUP BY ?h ?r ?c"""
    )
    assert rows == [{"h": "深化“万人助万企” 奋力实现“开门红” 多功能厅变身“会客厅” 恳谈会架起“心通桥”", "r": "党贺喜", "c": "李贞"}]


def test_relation_evidence_is_retrievable_with_offsets(example_graph, example_text):
    rows = example_graph.query(
        """SELECT ?role ?exact ?start ?end ?sentence WHERE {
             ?f rdf:subject ?p ; rdf:predicate schema:memberOf ; rdf:object ?o ; schema:roleName ?role ;
                prov:wasDerivedFrom ?ev .
             ?p schema:name "王路易"@zh .
             ?ev oa:exact ?exact ; oa:start ?start ; oa:end ?end ; kg:sentence/schema:text ?sentence }"""
    )
    assert len(rows) == 1
    r = rows[0]
    assert r["role"] == "队长"
    assert example_text[int(r["start"]) : int(r["end"])] == r["exact"] == "荥阳市艺术家联盟志愿服务队队长王路易"
    assert r["exact"] in r["sentence"]


def test_every_mention_offset_points_at_its_text(example_graph, example_text):
    rows = example_graph.query("SELECT ?s ?e ?x WHERE { ?m a kg:Mention ; oa:start ?s ; oa:end ?e ; oa:exact ?x }")
    assert len(rows) > 100
    for r in rows:
        assert "".join(example_text[int(r["s"]) : int(r["e"])].split()) == "".join(r["x"].split())


def test_ontology_is_valid_turtle_and_defines_initiative():
    g = Graph().parse(ONTOLOGY)
    assert (KG.Initiative, None, None) in g


def _ttl(tmp_path, seed: str, source) -> bytes:
    out = tmp_path / f"g{seed}.ttl"
    code = f"import kg, pathlib; kg.build(pathlib.Path({str(source)!r})).serialize({str(out)!r})"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=ROOT)
    return out.read_bytes()


def test_same_input_gives_byte_identical_turtle(tmp_path):
    assert _ttl(tmp_path, "1", EXAMPLE) == _ttl(tmp_path, "2", EXAMPLE)


def test_gbk_copy_builds_the_same_graph(tmp_path, example_text):
    gbk = tmp_path / "page-gbk.txt"
    gbk.write_bytes(example_text.encode("gb18030"))
    a = kg.build(EXAMPLE).to_rdf()
    b = kg.build(gbk).to_rdf()
    assert set(a) == set(b)


def test_other_formats(tmp_path, example_graph):
    for fmt, name in (("nt", "g.nt"), ("json-ld", "g.jsonld")):
        example_graph.serialize(str(tmp_path / name), format=fmt)
        assert len(Graph().parse(tmp_path / name, format=fmt)) == len(example_graph.to_rdf())


def test_graph_ttl_patched_by_subject_equals_graph_ttl_written_whole(tmp_path):
    """kg add patches graph.nt by the triples that joined or left and graph.ttl by the blocks of their subjects
    (kept, changed, emptied, new before, between and after the old ones): the bytes of files written whole."""
    import random

    from kg.ntriples import patch_sorted, write_sorted_lines
    from kg.rdf import patch_turtle, write_triples

    def line(s, p, o):
        return f'<https://w3id.org/kg-zh/id/{s}> <https://schema.org/{p}> "{o}"@zh .\n'

    rng = random.Random(7)
    for case in range(200):
        every = [line(s, p, o) for s in ("a", "a-b", "b", "b/1", "c", "d", "e") for p in ("name", "alternateName")
                 for o in ("管城区", "x", "郑州 \\\"市\\\"")]
        old = set(rng.sample(every, rng.randint(0, 12)))
        new = set(rng.sample(every, rng.randint(0, 12)))
        write_sorted_lines([x.encode() for x in old], tmp_path / "old.nt")
        write_triples(tmp_path / "old.nt", tmp_path / "old.ttl")
        write_sorted_lines([x.encode() for x in new], tmp_path / "full.nt")
        write_triples(tmp_path / "full.nt", tmp_path / "full.ttl")
        touched = {x[: x.index(" ")].encode(): [] for x in old ^ new}
        assert patch_sorted(tmp_path / "old.nt", old - new, sorted(new - old), tmp_path / "new.nt", touched) == len(new)
        assert (tmp_path / "new.nt").read_bytes() == (tmp_path / "full.nt").read_bytes()
        patch_turtle(tmp_path / "old.ttl", touched, tmp_path / "new.ttl")
        assert (tmp_path / "new.ttl").read_bytes() == (tmp_path / "full.ttl").read_bytes(), case
