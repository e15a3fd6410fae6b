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
from collections.abc import Container, Iterable, Iterator
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, XSD, Graph, Namespace, URIRef
from rdflib.namespace import PROV, SDO

from . import vocabulary
from .errors import InputError

if TYPE_CHECKING:
    import pyoxigraph

    from .graph import KnowledgeGraph
    from .model import Article

KG = Namespace(vocabulary.KG)
ID = Namespace(vocabulary.ID)
OA = Namespace(vocabulary.OA)
SCHEMA = SDO

PREFIXES = {"schema": SDO, "kg": KG, "kgid": ID, "oa": OA, "prov": PROV, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}
assert {p: str(ns) for p, ns in PREFIXES.items()} == vocabulary.PREFIXES

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
        self._ints: dict[int, pyoxigraph.Literal] = {}
        self.named = named = ox.NamedNode
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
        found = self._ints.get(n)  # offsets repeat across a build: each literal made once
        if found is None:
            found = self._ints[n] = self.ox.Literal(str(n), datatype=self.integer)
        return found

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


class _TextTerms:
    """The terms of :class:`_Terms` in N-Triples form, as Oxigraph prints them: an IRI as ``<iri>``, a literal as
    ``str()`` of the pyoxigraph literal (so its escapes are Oxigraph's), each integer once."""

    def __init__(self, terms: _Terms) -> None:
        self._terms = terms
        self._ints: dict[int, str] = {}
        for name, value in vars(terms).items():
            if isinstance(value, (terms.ox.NamedNode, terms.ox.Literal)):
                setattr(self, name, str(value))
            elif isinstance(value, dict) and name != "_ints":
                setattr(self, name, {k: str(term) for k, term in value.items()})

    @staticmethod
    def named(iri: str) -> str:
        return f"<{iri}>"

    def zh(self, text: str) -> str:
        return str(self._terms.zh(text))

    def int(self, n: int) -> str:
        found = self._ints.get(n)
        if found is None:
            found = self._ints[n] = str(self._terms.int(n))
        return found

    def plain(self, value: object) -> str:
        return str(self._terms.plain(value))

    def date(self, value: str) -> str:
        return str(self._terms.date(value))


_TEXT_TERMS: _TextTerms | None = None


def _text_terms() -> _TextTerms:
    global _TEXT_TERMS
    if _TEXT_TERMS is None:
        _TEXT_TERMS = _TextTerms(_terms())
    return _TEXT_TERMS


def triples(kg: KnowledgeGraph) -> Iterator[pyoxigraph.Triple]:
    """Every triple of the graph as pyoxigraph terms, made one at a time (a triple may come more than once).

    Examples:
        >>> import kg
        >>> ts = set(triples(kg.build("本报讯(记者 王思俊)管城区构建网。")))
        >>> any(t.object.value == "王思俊" for t in ts)
        True
    """
    return (q.triple for q in quads(kg))


def document_graph(doc_id: str) -> str:
    """The IRI of a document, which also names the store's graph that holds its facts."""
    return f"{ID}document/{iri_segment(doc_id)}"


def quads(kg: KnowledgeGraph, only: Container[str] | None = None) -> Iterator[pyoxigraph.Quad]:
    """Every triple of the graph in its named graph, as the store keeps them: what one document states
    (its articles, sentences, mentions, dates, quantities, the evidence it gives) in the document's
    graph (:func:`document_graph`); entities with their names, and the facts between them, in
    :data:`SHARED_GRAPH`, so that a document's graph is replaced whole when the document changes.
    With ``only`` (document ids), only those documents' graphs are made, and the shared graph
    (``kg add`` makes again only the graphs whose :func:`document_keys` changed).

    Examples:
        >>> import kg
        >>> qs = set(quads(kg.build("本报讯(记者 王思俊)管城区构建网。")))
        >>> sorted({q.graph_name.value.split("/id/")[1].split("/")[0] for q in qs})  # a document's, the shared one
        ['document', 'graph']
    """
    Q = _terms().ox.Quad
    return (Q(*terms) for terms in _statements(kg, only, _terms()))


def quad_texts(kg: KnowledgeGraph, only: Container[str] | None = None) -> Iterator[tuple[str, str, str, str]]:
    """:func:`quads`, each as its four terms in N-Triples form (``<iri>``, ``"text"@zh``), the strings Oxigraph
    writes for them: what the build writes its files from (:class:`kg.store.GraphSpool`). No pyoxigraph object
    is made per quad (a ``Quad`` took 2.7 µs to make and 1.2 µs to print; news-large has 7.4 million).

    Examples:
        >>> import kg
        >>> g = kg.build("本报讯(记者 王思俊)管城区构建网。")
        >>> [" ".join(t) for t in quad_texts(g)] == [str(q) for q in quads(g)]
        True
    """
    return _statements(kg, only, _text_terms())


def _statements(kg: KnowledgeGraph, only: Container[str] | None, v: _Terms | _TextTerms) -> Iterator[tuple]:
    """The quads of :func:`quads` as tuples of ``v``'s terms (subject, predicate, object, graph)."""
    named = v.named
    base = str(ID)
    SHARED = named(SHARED_GRAPH)
    graphs: dict[str, object] = {}

    def graph_of(doc_id: str):
        found = graphs.get(doc_id)
        if found is None:
            found = graphs[doc_id] = named(document_graph(doc_id))
        return found

    nodes: dict[str, object] = {}  # a fact's ends and a quantity's subject come again and again

    def node(node_id: str):
        found = nodes.get(node_id)
        if found is None:
            found = nodes[node_id] = named(str(node_iri(node_id)))
        return found

    segments: dict[str, str] = {}  # each document's IRI segment, made once
    literals: dict[str, object] = {}  # the few plain literals that repeat: extractors and bases

    def segment(doc_id: str) -> str:
        found = segments.get(doc_id)
        if found is None:
            found = segments[doc_id] = iri_segment(doc_id)
        return found

    def literal(text: str):
        found = literals.get(text)
        if found is None:
            found = literals[text] = v.plain(text)
        return found

    sentences: dict[tuple[str, int, int], object] = {}
    articles: dict[tuple[str, int], object] = {}
    article_of: dict[tuple[str, int], Article] = {}
    for doc in kg.documents:
        if only is not None and doc.id not in only:
            continue
        seg = iri_segment(doc.id)
        doc_iri = graph_of(doc.id)
        yield doc_iri, v.type, v.Document, doc_iri
        yield doc_iri, v.identifier, v.plain(doc.id), doc_iri
        if doc.date:
            yield doc_iri, v.datePublished, v.plain(str(doc.date)), doc_iri
        for a in doc.articles:
            art = named(f"{base}article/{seg}/{a.index}")
            articles[doc.id, a.index] = art
            article_of[doc.id, a.index] = a
            yield art, v.type, v.NewsArticle, doc_iri
            yield art, v.isPartOf, doc_iri, doc_iri
            yield art, v.position, v.int(a.index), doc_iri
            yield art, v.start, v.int(a.start), doc_iri
            yield art, v.end, v.int(a.end), doc_iri
            if a.headline:
                yield art, v.headline, v.zh(a.headline), doc_iri
            if a.byline:
                yield art, v.byline, v.zh(a.byline), doc_iri

    def article(doc_id: str, index: int):
        found = articles.get((doc_id, index))
        return found if found is not None else node(f"article-{doc_id}-{index}")

    for e in kg.entities.values():
        iri = node(e.id)
        kind = e.type.lower()
        yield iri, v.type, v.cls[e.type], SHARED
        if e.code:
            yield iri, v.divisionCode, v.plain(e.code), SHARED
        if e.kind:
            yield iri, v.type, v.kind[e.kind], SHARED
            yield iri, v.kgkind, v.plain(e.kind), SHARED
        yield iri, v.name, v.zh(e.name), SHARED
        for alias in e.aliases:
            yield iri, v.alternateName, v.zh(alias), SHARED
        for role in e.roles:
            if role not in ("reporter", "correspondent"):
                yield iri, v.jobTitle, v.zh(role), SHARED
        for doc_id, m in e.mentions:
            if only is not None and doc_id not in only:
                continue
            where = graph_of(doc_id)
            art = article(doc_id, m.article)
            yield art, v.mentions, iri, where
            mention = named(f"{base}article/{segment(doc_id)}/{m.article}/m{m.start}-{m.end}-{kind}")
            yield mention, v.type, v.Mention, where
            yield mention, v.denotes, iri, where
            yield mention, v.isPartOf, art, where
            yield mention, v.start, v.int(m.start), where
            yield mention, v.end, v.int(m.end), where
            yield mention, v.exact, v.zh(m.text), where
            yield mention, v.extractor, literal(m.extractor), where
    for f in kg.facts:
        s, o, p = node(f.subject), node(f.object), v.pred[f.predicate]
        yield s, p, o, SHARED
        stmt = named(f"{base}fact/{_hash(f.subject, f.predicate, f.object, f.role or '')}")
        yield stmt, v.type, v.Statement, SHARED
        yield stmt, v.subject, s, SHARED
        yield stmt, v.predicate, p, SHARED
        yield stmt, v.object, o, SHARED
        if f.role:
            yield stmt, v.roleName, v.zh(f.role), SHARED
        for doc_id, ev in f.evidence:
            if doc_id and only is not None and doc_id not in only:
                continue
            where = graph_of(doc_id) if doc_id else SHARED  # a gazetteer's evidence is no document's
            evi = named(f"{base}evidence/{_hash(f.subject, f.predicate, f.object, f.role or '', doc_id, ev.start, ev.end, ev.extractor)}")
            yield stmt, v.wasDerivedFrom, evi, where
            yield evi, v.type, v.Evidence, where
            yield evi, v.start, v.int(ev.start), where
            yield evi, v.end, v.int(ev.end), where
            yield evi, v.exact, v.zh(ev.text), where
            yield evi, v.extractor, literal(ev.extractor), where
            yield evi, v.basis, literal(ev.basis), where
            if ev.basis == "gazetteer":
                yield evi, v.isBasedOn, v.divisions, where
                continue
            yield evi, v.isPartOf, article(doc_id, ev.article), where
            key = (doc_id, ev.article, ev.sentence)
            if ev.sentence is not None and (key in sentences or _has_sentence(article_of.get(key[:2]), ev.sentence)):
                if key not in sentences:
                    sentences[key] = named(f"{base}article/{segment(doc_id)}/{ev.article}/s{ev.sentence}")
                yield evi, v.sentence, sentences[key], where
    for doc_id, value in kg.values:
        if only is not None and doc_id not in only:
            continue
        where = graph_of(doc_id)
        art = article(doc_id, value.article)
        prefix = f"{base}article/{segment(doc_id)}/{value.article}/"
        if value.type == "Date":
            n = named(f"{prefix}t{value.start}-{value.end}")
            yield n, v.type, v.TimeExpression, where
            yield art, v.mentionsTime, n, where
            yield n, v.value, v.date(value.value["value"]), where
            if value.value.get("part"):
                yield n, v.part, v.plain(value.value["part"]), where
            for i in value.value.get("initiatives", []):
                yield n, v.dates, node(i), where
                yield node(i), v.startDate, v.date(value.value["value"]), where
        else:
            n = named(f"{prefix}q{value.start}-{value.end}")
            yield n, v.type, v.QuantitativeValue, where
            yield n, v.sdovalue, v.plain(value.value["value"]), where
            yield n, v.unitText, v.zh(value.value["unit"]), where
            if value.value.get("what"):
                yield n, v.name, v.zh(value.value["what"]), where
            if value.value.get("subject_id"):
                yield n, v.kgsubject, node(value.value["subject_id"]), where
                yield node(value.value["subject_id"]), v.quantity, n, where
        yield n, v.isPartOf, art, where
        yield n, v.start, v.int(value.start), where
        yield n, v.end, v.int(value.end), where
        yield n, v.exact, v.zh(value.text), where
    texts = _sentence_texts(kg, sentences)
    for key in sorted(sentences):
        doc_id, index, number = key
        where = graph_of(doc_id)
        s = article_of[doc_id, index].sentences[number]
        iri = sentences[key]
        yield iri, v.type, v.Sentence, where
        yield iri, v.isPartOf, article(doc_id, index), where
        yield iri, v.text, v.zh(texts.pop(key) if texts is not None else s.text), where
        yield iri, v.start, v.int(s.start), where
        yield iri, v.end, v.int(s.end), where


def document_keys(kg: KnowledgeGraph) -> dict[str, str]:
    """A digest of everything a document's graph in the store is made of (:func:`quads`): its analysis (the
    document, its articles and sentences, as the extractors left them) and what resolution made of it (each
    mention's entity and type, the facts its evidence supports, its dates' and quantities' subjects). Two
    builds that give a document the same key give its graph the same quads, so ``kg add`` makes again only
    the graphs of documents whose key changed (an old document's mention may join another entity).

    Examples:
        >>> import kg
        >>> a = document_keys(kg.build([{"id": "a", "text": "管城区构建网。"}]))
        >>> b = document_keys(kg.build([{"id": "a", "text": "管城区构建网。"}, {"id": "b", "text": "本报讯(记者 王思俊)"}]))
        >>> a["a"] == b["a"], len(b["b"])
        (True, 32)
    """
    items: dict[str, list[str]] = {doc.id: [] for doc in kg.documents}
    for e in kg.entities.values():
        for doc_id, m in e.mentions:
            items[doc_id].append(repr(("m", e.id, e.type, m.article, m.start, m.end, m.text, m.extractor)))
    for f in kg.facts:
        for doc_id, ev in f.evidence:
            if doc_id:
                items[doc_id].append(repr(("f", f.subject, f.predicate, f.object, f.role, ev.article, ev.sentence,
                                           ev.start, ev.end, ev.text, ev.extractor, ev.basis)))
    for doc_id, v in kg.values:
        items[doc_id].append(repr(("v", v.type, v.article, v.start, v.end, v.text, sorted(v.value.items()))))
    lines = iter(kg.analyses) if kg.analyses else None
    keys = {}
    for doc in kg.documents:
        h = hashlib.blake2b(digest_size=16)
        # the analysis line holds the document whole (its sentences' text); without one, the document does
        h.update((next(lines) if lines is not None else repr(doc)).encode("utf-8"))
        for item in sorted(items.pop(doc.id)):
            h.update(b"\n" + item.encode("utf-8"))
        keys[doc.id] = h.hexdigest()
    return keys


def _sentence_texts(kg: KnowledgeGraph, wanted) -> dict[tuple[str, int, int], str] | None:
    """The texts of the sentences ``wanted`` (``(document id, article, sentence)``), read back whole where the
    graph's documents keep only their sentences' offsets (:func:`kg.analyses.slim`); None where they are whole."""
    if kg.full_documents is None or not wanted:
        return None
    docs = {doc_id for doc_id, _, _ in wanted}
    texts = {}
    for doc in kg.full_documents(docs):
        if doc.id in docs:
            for a in doc.articles:
                for s in a.sentences:
                    if (doc.id, a.index, s.index) in wanted:
                        texts[doc.id, a.index, s.index] = s.text
    return texts


def _has_sentence(article: Article | None, index: int) -> bool:
    return article is not None and 0 <= index < len(article.sentences) and article.sentences[index].index == index


SHARED_GRAPH = f"{ID}graph/entities"  # the store's graph of entities and facts; each document has its own


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

    fmt, prefixes = _format(format)
    if format == "nt":  # already canonical N-Triples, one triple a line
        shutil.copyfile(nt, path)
        return
    # the parser's quads (all in the default graph) go to the serializer as they are: no Triple made in Python
    # for each (a fifth faster than kg.ntriples.read; the same bytes)
    ox.serialize(ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES), str(path), format=fmt, prefixes=prefixes)


def patch_turtle(old: str | os.PathLike, subjects: dict[bytes, list[bytes]], path: str | os.PathLike) -> None:
    """Write to ``path`` the ``graph.ttl`` that :func:`write_triples` makes of the sorted N-Triples after ``kg add``,
    from the old ``graph.ttl`` (``old``) and the new lines of the subjects whose triples changed (``subjects``,
    by ``b"<iri>"``; see :func:`kg.ntriples.patch_sorted`): Oxigraph writes each subject's triples as one block
    that starts a line with the subject (every other line starts with a tab or, in the head, ``@prefix``), in
    the order of the sorted N-Triples, so only the changed subjects' blocks are written again (a subject with
    no lines left loses its block); the others are copied as bytes. The same bytes as :func:`write_triples`.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "old.nt").write_text('<http://x/a> <http://x/p> "1" .\\n<http://x/c> <http://x/p> "3" .\\n')
    >>> write_triples(folder / "old.nt", folder / "old.ttl")
    >>> new = [b'<http://x/b> <http://x/p> "2" .\\n', b'<http://x/c> <http://x/p> "4" .\\n']
    >>> _ = (folder / "new.nt").write_bytes(b'<http://x/a> <http://x/p> "1" .\\n' + b"".join(new))
    >>> write_triples(folder / "new.nt", folder / "full.ttl")
    >>> patch_turtle(folder / "old.ttl", {b"<http://x/b>": new[:1], b"<http://x/c>": new[1:]}, folder / "new.ttl")
    >>> (folder / "new.ttl").read_bytes() == (folder / "full.ttl").read_bytes()
    True
    """
    import pyoxigraph as ox

    fmt, prefixes = _format("turtle")
    blocks: dict[bytes, bytes] = {}
    head = b""  # the @prefix lines, as Oxigraph writes them before the first block (none for no triple)
    lines = [line for subject in sorted(subjects) for line in subjects[subject]]
    if lines:
        text = ox.serialize(ox.parse(b"".join(lines), format=ox.RdfFormat.N_TRIPLES), format=fmt, prefixes=prefixes)
        head = text[: _body(text)]
        for block in _blocks(text, _body(text)):
            blocks[block[: block.index(b" ")]] = block
    keys = sorted(subjects)
    k = 0
    kept = 0  # bytes of blocks written
    with open(old, "rb") as f, open(path, "wb", buffering=1 << 20) as out:
        data, final = f.read(_CHUNK), False
        pos = _body(data)
        while pos is None and not final:  # the head is longer than a chunk: read on
            more = f.read(_CHUNK)
            final = not more
            data += more
            pos = _body(data)
        if pos is None:  # no block: an empty graph's file is empty, a graph's head is the one of its lines
            data, pos = b"", 0
        out.write(head if pos == 0 else data[:pos])
        copied = pos  # data[copied:pos] is to be copied as it is
        while True:
            nxt = data.find(b"\n<", pos)
            if nxt == -1 and not final:  # the last block may go on in the next chunk
                out.write(data[copied:pos])
                kept += pos - copied
                more = f.read(_CHUNK)
                final = not more
                data, pos, copied = data[pos:] + more, 0, 0
                continue
            if pos >= len(data):
                break
            end = len(data) if nxt == -1 else nxt + 1
            subject = data[pos : data.index(b" ", pos)]
            while k < len(keys) and keys[k] <= subject:
                out.write(data[copied:pos])
                out.write(blocks.get(keys[k], b""))
                kept += pos - copied + len(blocks.get(keys[k], b""))
                copied = end if keys[k] == subject else pos
                k += 1
            pos = end
        out.write(data[copied:pos])
        kept += pos - copied
        for key in keys[k:]:  # subjects after the old file's last
            out.write(blocks.get(key, b""))
            kept += len(blocks.get(key, b""))
        if not kept:  # no triple left: Oxigraph writes an empty file
            out.seek(0)
            out.truncate()


_CHUNK = 1 << 23


def _body(text: bytes) -> int | None:
    """Where the first block of a Turtle text starts (after its ``@prefix`` lines), or None."""
    if text.startswith(b"<"):
        return 0
    start = text.find(b"\n<")
    return None if start == -1 else start + 1


def _blocks(text: bytes, start: int | None) -> Iterator[bytes]:
    while start is not None and start < len(text):
        nxt = text.find(b"\n<", start)
        end = len(text) if nxt == -1 else nxt + 1
        yield text[start:end]
        start = end


def write_atomic(path: str | os.PathLike, data: bytes | Iterable[str]) -> None:
    """Write a file through a temporary file and a rename: never half-written. ``data`` is bytes,
    or text pieces written one by one as UTF-8 (never held whole: a page of a large archive)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as f:
            if isinstance(data, bytes):
                f.write(data)
            else:
                for piece in data:
                    f.write(piece.encode("utf-8"))
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
