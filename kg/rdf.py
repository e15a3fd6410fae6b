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
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, XSD, Graph, Namespace, URIRef
from rdflib.namespace import PROV, SDO

from .errors import InputError

if TYPE_CHECKING:
    import pyoxigraph

    from .graph import KnowledgeGraph
    from .model import Article

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


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The RDF graph of a :class:`~kg.graph.KnowledgeGraph` as an rdflib Graph over an in-memory Oxigraph store
    (for queries from Python; the build's outputs stream :func:`triples` instead)."""
    import pyoxigraph as ox
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    g = Graph(store="Oxigraph", identifier=DATASET_DEFAULT_GRAPH_ID)  # the store's default graph, where the triples go
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    g.store._inner.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples(kg))
    return g


class _Terms:
    """pyoxigraph terms of the vocabulary, made once (a term is a Rust object; rdflib is not involved)."""

    def __init__(self) -> None:
        import pyoxigraph as ox

        self.ox = ox
        named = ox.NamedNode
        self.type = named(str(RDF.type))
        self.integer, self.string = named(str(XSD.integer)), named(str(XSD.string))
        self.date_patterns = [(re.compile(p), named(str(d))) for p, d in
                      ((r"^\d{4}-\d{2}-\d{2}$", XSD.date), (r"^\d{4}-\d{2}$", XSD.gYearMonth), (r"^\d{4}$", XSD.gYear))]
        self.cls = {k: named(str(v)) for k, v in TYPE_CLASS.items()}
        self.kind = {k: named(str(v)) for k, v in KIND_CLASS.items()}
        self.pred = {k: named(str(v)) for k, v in PREDICATE.items()}
        for name, term in (("Document", KG.Document), ("NewsArticle", SDO.NewsArticle), ("identifier", SDO.identifier),
                           ("datePublished", SDO.datePublished), ("isPartOf", SDO.isPartOf),
                           ("position", SDO.position), ("start", OA.start), ("end", OA.end), ("exact", OA.exact),
                           ("headline", SDO.headline), ("byline", KG.byline), ("divisionCode", KG.divisionCode),
                           ("kgkind", KG.kind), ("name", SDO.name), ("alternateName", SDO.alternateName),
                           ("jobTitle", SDO.jobTitle), ("mentions", SDO.mentions), ("Mention", KG.Mention),
                           ("denotes", KG.denotes), ("extractor", KG.extractor), ("Statement", RDF.Statement),
                           ("subject", RDF.subject), ("predicate", RDF.predicate), ("object", RDF.object),
                           ("roleName", SDO.roleName), ("wasDerivedFrom", PROV.wasDerivedFrom),
                           ("Evidence", KG.Evidence), ("basis", KG.basis), ("isBasedOn", SDO.isBasedOn),
                           ("divisions", KG.divisions), ("sentence", KG.sentence),
                           ("TimeExpression", KG.TimeExpression), ("mentionsTime", KG.mentionsTime),
                           ("value", KG.value), ("part", KG.part), ("dates", KG.dates), ("startDate", SDO.startDate),
                           ("QuantitativeValue", SDO.QuantitativeValue), ("sdovalue", SDO.value),
                           ("unitText", SDO.unitText), ("kgsubject", KG.subject), ("quantity", KG.quantity),
                           ("Sentence", KG.Sentence), ("text", SDO.text)):
            setattr(self, name, named(str(term)))

    def zh(self, text: str):
        return self.ox.Literal(text, language="zh")

    def int(self, n: int):
        return self.ox.Literal(str(n), datatype=self.integer)

    def plain(self, value: object):
        """A string as it is; a number as xsd:integer or xsd:double in Oxigraph's canonical form (7900000)."""
        return self.ox.Literal(value)

    def date(self, value: str):
        """A full date as xsd:date, a year as xsd:gYear, a month as xsd:gYearMonth, else plain (2022-H1)."""
        for pattern, datatype in self.date_patterns:
            if pattern.match(value):
                return self.ox.Literal(value, datatype=datatype)
        return self.ox.Literal(value)


_TERMS: _Terms | None = None


def _terms() -> _Terms:
    global _TERMS
    if _TERMS is None:
        _TERMS = _Terms()
    return _TERMS


def triples(kg: KnowledgeGraph) -> Iterator[pyoxigraph.Triple]:
    """Every triple of the graph as pyoxigraph terms, made one at a time (a triple may come more than once).

    Examples:
        >>> import kg
        >>> ts = set(triples(kg.build("本报讯(记者 王思俊)管城区构建网。")))
        >>> any(t.object.value == "王思俊" for t in ts)
        True
    """
    v = _terms()
    ox = v.ox
    T, named = ox.Triple, ox.NamedNode
    base = str(ID)

    def node(node_id: str):
        return named(str(node_iri(node_id)))

    sentences: dict[tuple[str, int, int], object] = {}
    articles: dict[tuple[str, int], object] = {}
    article_of: dict[tuple[str, int], Article] = {}
    for doc in kg.documents:
        seg = iri_segment(doc.id)
        doc_iri = named(f"{base}document/{seg}")
        yield T(doc_iri, v.type, v.Document)
        yield T(doc_iri, v.identifier, ox.Literal(doc.id))
        if doc.date:
            yield T(doc_iri, v.datePublished, ox.Literal(str(doc.date)))
        for a in doc.articles:
            art = named(f"{base}article/{seg}/{a.index}")
            articles[doc.id, a.index] = art
            article_of[doc.id, a.index] = a
            yield T(art, v.type, v.NewsArticle)
            yield T(art, v.isPartOf, doc_iri)
            yield T(art, v.position, v.int(a.index))
            yield T(art, v.start, v.int(a.start))
            yield T(art, v.end, v.int(a.end))
            if a.headline:
                yield T(art, v.headline, v.zh(a.headline))
            if a.byline:
                yield T(art, v.byline, v.zh(a.byline))

    def article(doc_id: str, index: int):
        found = articles.get((doc_id, index))
        return found if found is not None else node(f"article-{doc_id}-{index}")

    for e in kg.entities.values():
        iri = node(e.id)
        yield T(iri, v.type, v.cls[e.type])
        if e.code:
            yield T(iri, v.divisionCode, ox.Literal(e.code))
        if e.kind:
            yield T(iri, v.type, v.kind[e.kind])
            yield T(iri, v.kgkind, ox.Literal(e.kind))
        yield T(iri, v.name, v.zh(e.name))
        for alias in e.aliases:
            yield T(iri, v.alternateName, v.zh(alias))
        for role in e.roles:
            if role not in ("reporter", "correspondent"):
                yield T(iri, v.jobTitle, v.zh(role))
        for doc_id, m in e.mentions:
            art = article(doc_id, m.article)
            yield T(art, v.mentions, iri)
            mention = named(f"{base}article/{iri_segment(doc_id)}/{m.article}/m{m.start}-{m.end}-{e.type.lower()}")
            yield T(mention, v.type, v.Mention)
            yield T(mention, v.denotes, iri)
            yield T(mention, v.isPartOf, art)
            yield T(mention, v.start, v.int(m.start))
            yield T(mention, v.end, v.int(m.end))
            yield T(mention, v.exact, v.zh(m.text))
            yield T(mention, v.extractor, ox.Literal(m.extractor))
    for f in kg.facts:
        s, o, p = node(f.subject), node(f.object), v.pred[f.predicate]
        yield T(s, p, o)
        stmt = named(f"{base}fact/{_hash(f.subject, f.predicate, f.object, f.role or '')}")
        yield T(stmt, v.type, v.Statement)
        yield T(stmt, v.subject, s)
        yield T(stmt, v.predicate, p)
        yield T(stmt, v.object, o)
        if f.role:
            yield T(stmt, v.roleName, v.zh(f.role))
        for doc_id, ev in f.evidence:
            evi = named(f"{base}evidence/{_hash(f.subject, f.predicate, f.object, f.role or '', doc_id, ev.start, ev.end, ev.extractor)}")
            yield T(stmt, v.wasDerivedFrom, evi)
            yield T(evi, v.type, v.Evidence)
            yield T(evi, v.start, v.int(ev.start))
            yield T(evi, v.end, v.int(ev.end))
            yield T(evi, v.exact, v.zh(ev.text))
            yield T(evi, v.extractor, ox.Literal(ev.extractor))
            yield T(evi, v.basis, ox.Literal(ev.basis))
            if ev.basis == "gazetteer":
                yield T(evi, v.isBasedOn, v.divisions)
                continue
            yield T(evi, v.isPartOf, article(doc_id, ev.article))
            key = (doc_id, ev.article, ev.sentence)
            if ev.sentence is not None and (key in sentences or _has_sentence(article_of.get(key[:2]), ev.sentence)):
                if key not in sentences:
                    sentences[key] = named(f"{base}article/{iri_segment(doc_id)}/{ev.article}/s{ev.sentence}")
                yield T(evi, v.sentence, sentences[key])
    for doc_id, value in kg.values:
        art = article(doc_id, value.article)
        prefix = f"{base}article/{iri_segment(doc_id)}/{value.article}/"
        if value.type == "Date":
            n = named(f"{prefix}t{value.start}-{value.end}")
            yield T(n, v.type, v.TimeExpression)
            yield T(art, v.mentionsTime, n)
            yield T(n, v.value, v.date(value.value["value"]))
            if value.value.get("part"):
                yield T(n, v.part, ox.Literal(value.value["part"]))
            for i in value.value.get("initiatives", []):
                yield T(n, v.dates, node(i))
                yield T(node(i), v.startDate, v.date(value.value["value"]))
        else:
            n = named(f"{prefix}q{value.start}-{value.end}")
            yield T(n, v.type, v.QuantitativeValue)
            yield T(n, v.sdovalue, v.plain(value.value["value"]))
            yield T(n, v.unitText, v.zh(value.value["unit"]))
            if value.value.get("what"):
                yield T(n, v.name, v.zh(value.value["what"]))
            if value.value.get("subject_id"):
                yield T(n, v.kgsubject, node(value.value["subject_id"]))
                yield T(node(value.value["subject_id"]), v.quantity, n)
        yield T(n, v.isPartOf, art)
        yield T(n, v.start, v.int(value.start))
        yield T(n, v.end, v.int(value.end))
        yield T(n, v.exact, v.zh(value.text))
    for key in sorted(sentences):
        doc_id, index, number = key
        s = article_of[doc_id, index].sentences[number]
        iri = sentences[key]
        yield T(iri, v.type, v.Sentence)
        yield T(iri, v.isPartOf, article(doc_id, index))
        yield T(iri, v.text, v.zh(s.text))
        yield T(iri, v.start, v.int(s.start))
        yield T(iri, v.end, v.int(s.end))


def _has_sentence(article: Article | None, index: int) -> bool:
    return article is not None and 0 <= index < len(article.sentences) and article.sentences[index].index == index


_FORMATS = ("turtle", "nt", "json-ld")


def _format(format: str):
    import pyoxigraph as ox

    formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}
    if format not in formats:
        raise InputError(f"unknown RDF format {format!r} (choose from {', '.join(formats)})")
    # resource IRIs stay whole: a prefixed name would have to escape their slashes
    prefixes = {p: str(ns) for p, ns in PREFIXES.items() if p != "kgid"} if format != "nt" else None
    return formats[format], prefixes


def serialize(g: Graph, format: str = "turtle") -> bytes:
    """Serialize an (Oxigraph-backed) rdflib graph deterministically: Oxigraph's serializer over the
    triples in sorted order, as :func:`write_triples` writes a build's (rdflib's Turtle writer was 80 times slower)."""
    import pyoxigraph as ox

    fmt, prefixes = _format(format)
    store = g.store._inner  # oxrdflib's pyoxigraph.Store
    triples = sorted((ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None)),
                     key=str)
    return ox.serialize(triples, format=fmt, prefixes=prefixes)


def write_triples(nt: str | os.PathLike, path: str | os.PathLike, format: str = "turtle") -> None:
    """Write the sorted N-Triples file ``nt`` (:func:`kg.ntriples.write_sorted`) to ``path`` in ``format``,
    streaming: the same bytes as :func:`serialize` of the same triples."""
    import shutil

    import pyoxigraph as ox

    from .ntriples import read

    fmt, prefixes = _format(format)
    if format == "nt":  # already canonical N-Triples, one triple a line
        shutil.copyfile(nt, path)
        return
    ox.serialize(read(nt), str(path), format=fmt, prefixes=prefixes)


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
    """Write the graph to ``path`` in ``format`` (turtle, nt, json-ld), streaming, through a temporary file."""
    from .ntriples import write_sorted

    _format(format)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=f".{path.name}.") as tmp:
        nt, out = Path(tmp) / "sorted.nt", Path(tmp) / "out"
        write_sorted(triples(kg), nt)
        write_triples(nt, out, format)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(out, 0o666 & ~umask)
        os.replace(out, path)


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
