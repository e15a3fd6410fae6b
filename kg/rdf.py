"""Graph ↔ RDF: the one place that knows schema.org, the IRIs and the provenance model.

The contract (see the README, "RDF model"):

* entities are ``schema:Person``, ``schema:Organization`` (plus a kind class:
  ``schema:GovernmentOrganization``, ``schema:Corporation``,
  ``schema:EducationalOrganization``, ``schema:NGO`` or ``kg:PartyOrganization``),
  ``schema:Place`` and ``kg:Initiative``; ``schema:name`` is the canonical
  name, ``schema:alternateName`` every other surface form, all ``@zh``;
* each article is a ``schema:NewsArticle`` with ``schema:headline``,
  ``schema:author``, ``schema:contributor``, ``schema:mentions``;
* each relation is a direct triple (``schema:memberOf``, ``schema:parentOrganization``,
  ``schema:location``, ``schema:containedInPlace``, ``schema:organizer``,
  ``schema:participant``, ``kg:partOf``) and a reified ``rdf:Statement`` that
  carries ``schema:roleName`` and ``prov:wasDerivedFrom`` one ``kg:Evidence`` per
  place that states it; an evidence has the W3C Web Annotation selectors
  ``oa:start`` / ``oa:end`` (character offsets into the document) and ``oa:exact``
  (a fact from the gazetteer instead has ``kg:basis "gazetteer"`` and
  ``schema:isBasedOn kg:divisions``),
  ``kg:extractor``, ``kg:basis`` and ``schema:isPartOf`` its ``kg:Sentence``
  (which has its own offsets and text) and article;
* every mention is a ``kg:Mention`` with offsets, ``kg:denotes`` its entity.

IRIs are built from content hashes only, so the same input gives the same
IRIs and a byte-identical Turtle file.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SDO

from .errors import InputError

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

KG = Namespace("https://w3id.org/kg-zh/ontology#")
ID = Namespace("https://w3id.org/kg-zh/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = SDO

PREFIXES = {"schema": SDO, "kg": KG, "kgid": ID, "oa": OA, "prov": PROV, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}

ONTOLOGY = Path(__file__).parent / "data" / "ontology.ttl"

TYPE_CLASS = {"Person": SDO.Person, "Organization": SDO.Organization, "Place": SDO.Place, "Initiative": KG.Initiative}
KIND_CLASS = {
    "government": SDO.GovernmentOrganization,
    "company": SDO.Corporation,
    "school": SDO.EducationalOrganization,
    "social": SDO.NGO,
    "party": KG.PartyOrganization,
}
PREDICATE = {
    "author": SDO.author,
    "contributor": SDO.contributor,
    "memberOf": SDO.memberOf,
    "parentOrganization": SDO.parentOrganization,
    "location": SDO.location,
    "containedInPlace": SDO.containedInPlace,
    "organizer": SDO.organizer,
    "participant": SDO.participant,
    "partOf": KG.partOf,
}


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


_NOT_IN_SEGMENT = re.compile(r'[\x00-\x20<>"{}|\\^`/?#%\[\]@\x7f]')


def iri_segment(text: str) -> str:
    """A document id as one path segment of an IRI: characters an IRI cannot hold, and ``/?#%``,
    percent-encoded; everything else (Chinese too) as it is, so ids stay readable and distinct.

    Examples:
        >>> iri_segment("a1"), iri_segment("第5版 要闻/2"), iri_segment("%41")
        ('a1', '第5版%20要闻%2F2', '%2541')
    """
    text = _NOT_IN_SEGMENT.sub(lambda m: f"%{ord(m.group()):02X}", text)
    if text.isascii():
        return text
    return "".join(c if c.isascii() or _ucschar(ord(c)) else "".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass"))
                   for c in text)


def _ucschar(n: int) -> bool:
    """Whether a non-ASCII code point may stand in an IRI as it is (RFC 3987 ``ucschar``)."""
    if 0xA0 <= n <= 0xD7FF or 0xF900 <= n <= 0xFDCF or 0xFDF0 <= n <= 0xFFEF:
        return True
    return 0x10000 <= n <= 0xEFFFD and (n & 0xFFFF) <= 0xFFFD and not 0xE0000 <= n < 0xE1000


def node_iri(node_id: str) -> URIRef:
    """IRI of a graph node: ``article-<doc>-<n>`` → ``id/article/<doc>/<n>``, ``person-<hash>`` → ``id/person/<hash>``."""
    kind, _, rest = node_id.partition("-")
    if kind == "article":
        doc, _, n = rest.rpartition("-")
        return ID[f"article/{iri_segment(doc)}/{n}"]
    return ID[f"{kind}/{rest}"]


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def _date(value: str) -> Literal:
    """A full date as xsd:date, a year as xsd:gYear, a month as xsd:gYearMonth, else plain (2022-H1)."""
    for pattern, datatype in ((r"^\d{4}-\d{2}-\d{2}$", XSD.date), (r"^\d{4}-\d{2}$", XSD.gYearMonth),
                              (r"^\d{4}$", XSD.gYear)):
        if re.match(pattern, value):
            return Literal(value, datatype=datatype)
    return Literal(value)


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """Build the RDF graph of a :class:`~kg.graph.KnowledgeGraph`."""
    g = Graph(store="Oxigraph")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    add = g.add
    sentences: dict[tuple[str, int, int], URIRef] = {}
    for doc in kg.documents:
        doc_iri = ID[f"document/{iri_segment(doc.id)}"]
        add((doc_iri, RDF.type, KG.Document))
        add((doc_iri, SDO.identifier, Literal(doc.id)))
        if doc.date:
            add((doc_iri, SDO.datePublished, Literal(str(doc.date))))
        for a in doc.articles:
            art = node_iri(f"article-{doc.id}-{a.index}")
            add((art, RDF.type, SDO.NewsArticle))
            add((art, SDO.isPartOf, doc_iri))
            add((art, SDO.position, _int(a.index)))
            add((art, OA.start, _int(a.start)))
            add((art, OA.end, _int(a.end)))
            if a.headline:
                add((art, SDO.headline, _zh(a.headline)))
            if a.byline:
                add((art, KG.byline, _zh(a.byline)))
            for s in a.sentences:
                sentences[doc.id, a.index, s.index] = ID[f"article/{iri_segment(doc.id)}/{a.index}/s{s.index}"]
    used_sentences: set[tuple[str, int, int]] = set()
    for e in kg.entities.values():
        iri = node_iri(e.id)
        add((iri, RDF.type, TYPE_CLASS[e.type]))
        if e.code:
            add((iri, KG.divisionCode, Literal(e.code)))
        if e.kind:
            add((iri, RDF.type, KIND_CLASS[e.kind]))
            add((iri, KG.kind, Literal(e.kind)))
        add((iri, SDO.name, _zh(e.name)))
        for alias in e.aliases:
            add((iri, SDO.alternateName, _zh(alias)))
        for role in e.roles:
            if role not in ("reporter", "correspondent"):
                add((iri, SDO.jobTitle, _zh(role)))
        for doc_id, m in e.mentions:
            art = node_iri(f"article-{doc_id}-{m.article}")
            add((art, SDO.mentions, iri))
            mention = ID[f"article/{iri_segment(doc_id)}/{m.article}/m{m.start}-{m.end}-{e.type.lower()}"]
            add((mention, RDF.type, KG.Mention))
            add((mention, KG.denotes, iri))
            add((mention, SDO.isPartOf, art))
            add((mention, OA.start, _int(m.start)))
            add((mention, OA.end, _int(m.end)))
            add((mention, OA.exact, _zh(m.text)))
            add((mention, KG.extractor, Literal(m.extractor)))
    for f in kg.facts:
        s, o, p = node_iri(f.subject), node_iri(f.object), PREDICATE[f.predicate]
        add((s, p, o))
        stmt = ID[f"fact/{_hash(f.subject, f.predicate, f.object, f.role or '')}"]
        add((stmt, RDF.type, RDF.Statement))
        add((stmt, RDF.subject, s))
        add((stmt, RDF.predicate, p))
        add((stmt, RDF.object, o))
        if f.role:
            add((stmt, SDO.roleName, _zh(f.role)))
        for doc_id, ev in f.evidence:
            evi = ID[f"evidence/{_hash(f.subject, f.predicate, f.object, f.role or '', doc_id, ev.start, ev.end, ev.extractor)}"]
            add((stmt, PROV.wasDerivedFrom, evi))
            add((evi, RDF.type, KG.Evidence))
            add((evi, OA.start, _int(ev.start)))
            add((evi, OA.end, _int(ev.end)))
            add((evi, OA.exact, _zh(ev.text)))
            add((evi, KG.extractor, Literal(ev.extractor)))
            add((evi, KG.basis, Literal(ev.basis)))
            if ev.basis == "gazetteer":
                add((evi, SDO.isBasedOn, KG.divisions))
                continue
            add((evi, SDO.isPartOf, node_iri(f"article-{doc_id}-{ev.article}")))
            if ev.sentence is not None and (doc_id, ev.article, ev.sentence) in sentences:
                add((evi, KG.sentence, sentences[doc_id, ev.article, ev.sentence]))
                used_sentences.add((doc_id, ev.article, ev.sentence))
    for doc_id, v in kg.values:
        art = node_iri(f"article-{doc_id}-{v.article}")
        if v.type == "Date":
            node = ID[f"article/{iri_segment(doc_id)}/{v.article}/t{v.start}-{v.end}"]
            add((node, RDF.type, KG.TimeExpression))
            add((art, KG.mentionsTime, node))
            add((node, KG.value, _date(v.value["value"])))
            if v.value.get("part"):
                add((node, KG.part, Literal(v.value["part"])))
            for i in v.value.get("initiatives", []):
                add((node, KG.dates, node_iri(i)))
                add((node_iri(i), SDO.startDate, _date(v.value["value"])))
        else:
            node = ID[f"article/{iri_segment(doc_id)}/{v.article}/q{v.start}-{v.end}"]
            add((node, RDF.type, SDO.QuantitativeValue))
            add((node, SDO.value, Literal(v.value["value"])))
            add((node, SDO.unitText, _zh(v.value["unit"])))
            if v.value.get("what"):
                add((node, SDO.name, _zh(v.value["what"])))
            if v.value.get("subject_id"):
                add((node, KG.subject, node_iri(v.value["subject_id"])))
                add((node_iri(v.value["subject_id"]), KG.quantity, node))
        add((node, SDO.isPartOf, art))
        add((node, OA.start, _int(v.start)))
        add((node, OA.end, _int(v.end)))
        add((node, OA.exact, _zh(v.text)))
    by_doc = {d.id: d for d in kg.documents}
    for doc_id, article, index in sorted(used_sentences):
        s = by_doc[doc_id].articles[article - 1].sentences[index]
        iri = sentences[doc_id, article, index]
        add((iri, RDF.type, KG.Sentence))
        add((iri, SDO.isPartOf, node_iri(f"article-{doc_id}-{article}")))
        add((iri, SDO.text, _zh(s.text)))
        add((iri, OA.start, _int(s.start)))
        add((iri, OA.end, _int(s.end)))
    return g


def serialize(g: Graph, format: str = "turtle") -> bytes:
    """Serialize deterministically: Oxigraph's serializer over the triples in sorted order
    (kg's graphs live in an Oxigraph store; rdflib's Turtle writer was 80 times slower)."""
    import pyoxigraph as ox

    formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}
    if format not in formats:
        raise InputError(f"unknown RDF format {format!r} (choose from {', '.join(formats)})")
    store = g.store._store  # oxrdflib's pyoxigraph.Store
    triples = sorted((ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None)),
                     key=str)
    # resource IRIs stay whole: a prefixed name would have to escape their slashes
    prefixes = {p: str(ns) for p, ns in PREFIXES.items() if p != "kgid"} if format != "nt" else None
    return ox.serialize(triples, format=formats[format], prefixes=prefixes)


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write a file through a temporary file and a rename: never half-written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write(kg: KnowledgeGraph, path: str | os.PathLike, format: str = "turtle") -> None:
    write_atomic(path, serialize(kg.to_rdf(), format))


def load(path: str | os.PathLike) -> Graph:
    """Load a graph written by kg: a ``graph.ttl`` file, or an output folder that holds one."""
    p = Path(path)
    if p.is_dir():
        for name in ("graph.ttl", "graph.nt", "graph.jsonld"):
            if (p / name).exists():
                p = p / name
                break
        else:
            raise InputError(f"{path}: no graph.ttl in this folder (run `kg build ... -o {path}` first)")
    if not p.exists():
        raise InputError(f"{path}: no such file or folder")
    fmt = {".ttl": "ox-turtle", ".nt": "ox-ntriples", ".jsonld": "json-ld"}.get(p.suffix, "ox-turtle")
    g = Graph(store="Oxigraph")
    try:
        g.parse(str(p), format=fmt)
    except Exception as e:  # a parser error names the line; that is the user's to fix
        raise InputError(f"{p}: cannot read RDF ({str(e).splitlines()[0] if str(e) else type(e).__name__})") from None
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g
