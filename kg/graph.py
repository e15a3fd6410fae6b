"""Entities and relations → a networkx MultiDiGraph; the :class:`KnowledgeGraph` object.

One node per entity (``type``, ``name``, ``aliases``, ``mentions``) and one per
article (``type="Article"``); one edge per distinct fact, keyed by its
predicate, carrying every piece of evidence that states it. Article nodes
link to the entities they mention (``mentions`` edges).

Examples:
    >>> import kg
    >>> g = kg.build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。")
    >>> sorted(d["name"] for _, d in g.graph.nodes(data=True) if d["type"] == "Person")
    ['姜璞', '王思俊']
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

from .model import Document, Entity, Evidence, Mention, Relation

if TYPE_CHECKING:
    import rdflib


def article_id(doc_id: str, index: int) -> str:
    return f"article-{doc_id}-{index}"


@dataclass
class Fact:
    """A relation between two nodes, with all the evidence that states it."""

    subject: str  # node id
    predicate: str
    object: str  # node id
    role: str | None = None
    evidence: list[tuple[str, Evidence]] = field(default_factory=list)  # (document id, evidence)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.subject, self.predicate, self.object, self.role or "")


# A place is contained in a place; anything else is located there. The predicate follows the
# subject's type as resolution settled it (a mention the tagger called a place may be a body).
_IN_PLACE = {"Place": "containedInPlace", "Organization": "location", "Initiative": "location"}


def facts_from(doc_id: str, relations: list[Relation], owner: dict[int, str],
               types: dict[str, str] | None = None) -> list[Fact]:
    """Turn mention-level relations of one document into node-level facts (``types``: each
    entity's type, to say "in a place" the right way for the subject's final type)."""
    facts: dict[tuple[str, str, str, str], Fact] = {}
    for r in relations:
        subject = article_id(doc_id, r.subject) if isinstance(r.subject, int) else owner.get(id(r.subject))
        obj = owner.get(id(r.obj))
        if subject is None or obj is None or subject == obj:
            continue
        predicate = r.predicate
        if predicate in ("location", "containedInPlace") and types and types.get(obj) == "Place":
            predicate = _IN_PLACE.get(types.get(subject, ""), predicate)
        f = Fact(subject, predicate, obj, r.role)
        facts.setdefault(f.key, f).evidence.append((doc_id, r.evidence))
    return list(facts.values())


class KnowledgeGraph:
    """The result of :func:`kg.build`: documents, entities and facts, with views on them.

    ``graph`` is the networkx view, :meth:`to_rdf` the RDF view, :meth:`query`
    runs SPARQL over it and :meth:`to_html` draws it.
    """

    def __init__(self, documents: list[Document], entities: list[Entity], facts: list[Fact],
                 values: list[tuple[str, Mention]] | None = None):
        self.documents = documents
        self.values = sorted(values or [], key=lambda dm: (dm[0], dm[1].article, dm[1].start, dm[1].type))
        self.entities = {e.id: e for e in entities}
        merged: dict[tuple[str, str, str, str], Fact] = {}
        for f in facts:
            if f.key in merged:
                merged[f.key].evidence.extend(f.evidence)
            else:
                merged[f.key] = Fact(f.subject, f.predicate, f.object, f.role, list(f.evidence))
        self.facts = [merged[k] for k in sorted(merged)]
        for f in self.facts:
            f.evidence.sort(key=lambda de: (de[0], de[1].article, de[1].start, de[1].end, de[1].extractor))
        self._graph: nx.MultiDiGraph | None = None
        self._rdf: rdflib.Graph | None = None
        self._store = None
        self.skipped: list[str] = []  # inputs that kg.build(..., keep_going=True) could not read, with why
        self.analyses: Iterable[str] = []  # each document's analysis as a JSON line (kg.analyses.Spool), for kg add
        # where the documents' sentences were reduced to their offsets (kg.analyses.slim): them whole again, in
        # order (those whose ids are in the set given, else all)
        self.full_documents: Callable[..., Iterable[Document]] | None = None
        self.extractors: tuple[str, ...] = ()  # the extractors that made it
        self.added = 0  # documents analysed by kg add (kg.pipeline.extend)

    # -- networkx -----------------------------------------------------------
    @property
    def graph(self) -> nx.MultiDiGraph:
        """The networkx MultiDiGraph (built on first use, then kept)."""
        if self._graph is None:
            self._graph = self.networkx()
        return self._graph

    def networkx(self) -> nx.MultiDiGraph:
        """A new networkx MultiDiGraph of the graph, not kept (:attr:`graph` keeps one): for a writer that
        needs it once, so that a large graph's memory is freed when it is done."""
        g = nx.MultiDiGraph()
        for doc in self.documents:
            for a in doc.articles:
                g.add_node(
                    article_id(doc.id, a.index),
                    type="Article",
                    name=a.headline or f"{doc.id} #{a.index}",
                    document=doc.id,
                    index=a.index,
                    headline=a.headline,
                    byline=a.byline,
                    start=a.start,
                    end=a.end,
                )
        for e in sorted(self.entities.values(), key=lambda e: e.id):
            g.add_node(
                e.id,
                type=e.type,
                name=e.name,
                aliases=list(e.aliases),
                kind=e.kind,
                roles=list(e.roles),
                mentions=[
                    {"document": d, "article": m.article, "start": m.start, "end": m.end, "text": m.text}
                    for d, m in e.mentions
                ],
            )
            for d, article in e.articles:
                g.add_edge(article_id(d, article), e.id, key="mentions", predicate="mentions")
        for d, v in self.values:
            record = {"document": d, "article": v.article, "start": v.start, "end": v.end, "text": v.text,
                      **{k: x for k, x in v.value.items() if k not in ("subject_id", "initiatives")}}
            node = v.value.get("subject_id") if v.type == "Quantity" else article_id(d, v.article)
            if node in g:
                g.nodes[node].setdefault("quantities" if v.type == "Quantity" else "dates", []).append(record)
            for i in v.value.get("initiatives", []):
                g.nodes[i].setdefault("dates", []).append(record)
        for f in self.facts:
            g.add_edge(
                f.subject,
                f.object,
                key=f.predicate if not f.role else f"{f.predicate}:{f.role}",
                predicate=f.predicate,
                role=f.role,
                evidence=[
                    {
                        "document": d,
                        "article": ev.article,
                        "sentence": ev.sentence,
                        "start": ev.start,
                        "end": ev.end,
                        "text": ev.text,
                        "extractor": ev.extractor,
                        "basis": ev.basis,
                    }
                    for d, ev in f.evidence
                ],
            )
        return g

    # -- views --------------------------------------------------------------
    def to_rdf(self) -> rdflib.Graph:
        """The graph as RDF (an rdflib Graph over an Oxigraph store), built on first use."""
        if self._rdf is None:
            from .rdf import to_rdf

            self._rdf = to_rdf(self)
        return self._rdf

    def serialize(self, path: str, format: str = "turtle") -> None:
        """Write the RDF to ``path`` (turtle, nt, json-ld), atomically."""
        from .rdf import write

        write(self, path, format)

    def query(self, sparql: str, timeout: float | None = 60, max_rows: int | None = 100_000,
              allow_service: bool = False) -> list[dict[str, str]]:
        """Run a SPARQL SELECT (or ASK) query; rows as dicts of strings.

        The query is stopped after ``timeout`` seconds and ``max_rows`` rows (``None``: no
        limit) with a :class:`~kg.errors.QueryError`, and by Ctrl-C; updates are refused,
        and ``SERVICE`` unless ``allow_service``.

        Examples:
            >>> import kg
            >>> g = kg.build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。")
            >>> g.query("SELECT ?name WHERE { ?a schema:author ?p . ?p schema:name ?name }")
            [{'name': '王思俊'}]
        """
        from .query import run_query

        return run_query(self.to_rdf(), sparql, timeout=timeout, max_rows=max_rows, allow_service=allow_service)

    def to_html(self, path: str, title: str = "kg knowledge graph") -> None:
        """Write the HTML view: one self-contained file (no network needed), see docs/html-view.md."""
        from .viz import write_html

        write_html(self, path, title)

    def named_facts(self) -> list[tuple[str, str, str, str]]:
        """Each fact by the names of its entities: ``(subject, predicate, object, role)``, in the order of
        :attr:`facts`; a subject that is an article stays its id, a fact without a role has ``""``.

        Examples:
            >>> import kg
            >>> kg.build("青山县委书记王五出席会议。").named_facts()
            [('青山县委', 'location', '青山县', ''), ('王五', 'memberOf', '青山县委', '书记')]
        """
        name = {e.id: e.name for e in self.entities.values()}
        return [(name.get(f.subject, f.subject), f.predicate, name.get(f.object, f.object), f.role or "")
                for f in self.facts]

    def stats(self) -> dict[str, int]:
        """Counts of documents, articles, entities by type, and facts by predicate."""
        out: dict[str, int] = {
            "documents": len(self.documents),
            "articles": sum(len(d.articles) for d in self.documents),
            "entities": len(self.entities),
        }
        for e in self.entities.values():
            out[f"entities.{e.type}"] = out.get(f"entities.{e.type}", 0) + 1
        out["mentions"] = sum(len(e.mentions) for e in self.entities.values())
        out["facts"] = len(self.facts)
        out["dates"] = sum(1 for _, v in self.values if v.type == "Date")
        out["quantities"] = sum(1 for _, v in self.values if v.type == "Quantity")
        for f in self.facts:
            out[f"facts.{f.predicate}"] = out.get(f"facts.{f.predicate}", 0) + 1
        return out
