"""``graph.json``: the networkx view of a graph as node-link JSON, written node by node and edge by edge.

The file is what ``json.dump(nx.node_link_data(g.networkx(), edges="edges"), f, ensure_ascii=False,
sort_keys=True, indent=1)`` writes (same bytes), without making the networkx graph: on 26,000
articles that graph, with a dictionary for every mention and piece of evidence, took about 300 MB
beside what the build holds. The nodes and edges come in the order networkx keeps them: articles in
input order, then entities by id (a node first named by an edge where that edge is added); the
edges by their source's place, then by the order in which each source's targets and keys were added.

Examples:
    >>> import io, json, kg
    >>> import networkx as nx
    >>> g = kg.build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。")
    >>> text = "".join(pieces(g))
    >>> text == json.dumps(nx.node_link_data(g.networkx(), edges="edges"), ensure_ascii=False, sort_keys=True, indent=1)
    True
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .graph import article_id

if TYPE_CHECKING:
    from .graph import Fact, KnowledgeGraph
    from .model import Article, Entity

BUFFER = 1 << 20


def write(g: KnowledgeGraph, path: str | os.PathLike) -> None:
    """Write ``graph.json`` to ``path`` (a new file), piece by piece."""
    with open(path, "w", encoding="utf-8", newline="\n", buffering=BUFFER) as f:
        for piece in pieces(g):
            f.write(piece)
        f.write("\n")


def pieces(g: KnowledgeGraph) -> Iterator[str]:
    """The JSON text of :func:`write`, in pieces (one per node or edge), without its last newline."""
    encode = indented
    nodes: dict[str, tuple[str, Article] | Entity | None] = {}  # node id → what it is, in networkx's order
    for doc in g.documents:
        for a in doc.articles:
            nodes[article_id(doc.id, a.index)] = (doc.id, a)
    mentioned: dict[str, list[str]] = {}  # article node → the entities it mentions, in the order of the edges
    for e in sorted(g.entities.values(), key=lambda e: e.id):
        nodes[e.id] = e
        for d, article in e.articles:
            source = article_id(d, article)
            nodes.setdefault(source, None)
            mentioned.setdefault(source, []).append(e.id)
    values: dict[str, list[tuple[str, int]]] = {}  # node → (key, index in g.values), in the order of g.values
    for i, (d, v) in enumerate(g.values):
        node = v.value.get("subject_id") if v.type == "Quantity" else article_id(d, v.article)
        if node in nodes:
            values.setdefault(node, []).append(("quantities" if v.type == "Quantity" else "dates", i))
        for initiative in v.value.get("initiatives", []):
            values.setdefault(initiative, []).append(("dates", i))
    stated: dict[str, list[Fact]] = {}  # node → the facts of which it is the subject, in order
    for f in g.facts:
        nodes.setdefault(f.subject, None)
        nodes.setdefault(f.object, None)
        stated.setdefault(f.subject, []).append(f)

    yield '{\n "directed": true,\n "edges": ['
    first = True
    for source in nodes:
        targets: dict[str, list[Fact | None]] = {target: [None] for target in mentioned.get(source, ())}
        for f in stated.get(source, ()):
            targets.setdefault(f.object, []).append(f)
        encoded_source = _STRING(source)
        for target, facts in targets.items():
            for f in facts:
                if f is None:  # most edges: an article mentions an entity (the item's text made at once)
                    yield _MENTIONS_EDGE.format("\n  " if first else ",\n  ", encoded_source, _STRING(target))
                else:
                    edge = {"key": f.predicate if not f.role else f"{f.predicate}:{f.role}", "predicate": f.predicate,
                            "role": f.role, "evidence": _Encoded(_listed(_EVIDENCE, _evidence_values(f))),
                            "source": source, "target": target}
                    yield _item(encode(edge), first)
                first = False
    yield '\n ]' if not first else ']'
    yield ',\n "graph": {},\n "multigraph": true,\n "nodes": ['
    first = True
    for node_id, what in nodes.items():
        node = _node(what)
        for key, i in values.get(node_id, ()):
            node.setdefault(key, []).append(_value(g, i))
        node["id"] = node_id
        yield _item(encode(node), first)
        first = False
    yield '\n ]\n}' if not first else ']\n}'


_STRING = json.encoder.encode_basestring  # the C function where there is one, as json.dumps uses


def indented(value, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)`` for the values a graph holds
    (dicts with str keys, lists, str, int, float, bool, None), about three times as fast: ``json`` encodes an
    indented value in pure Python, through a generator per level.

    >>> value = {"b": [1, 2.5, None, True], "a": {"x": "管城\\"区", "e": [], "d": {}}, "c": -1e300}
    >>> indented(value) == json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)
    True
    """
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        return scalar(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = "\n" + " " * (level + 1)
        items = []
        for k in sorted(value):
            v = value[k]
            scalar = _SCALARS.get(type(v))
            items.append(_STRING(k) + ": " + (scalar(v) if scalar is not None else indented(v, level + 1)))
        return "{" + inner + ("," + inner).join(items) + "\n" + " " * level + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        return "[" + inner + ("," + inner).join([indented(v, level + 1) for v in value]) + "\n" + " " * level + "]"
    if isinstance(value, (str, int, float)):  # a subclass
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)  # anything else: as json would, or its error


class _Encoded(str):
    """A value already encoded as :func:`indented` would encode it one level down (a value of a node or an
    edge, which are encoded at level 0): written as it is."""


_SCALARS = {str: _STRING, int: int.__repr__, type(None): lambda _: "null", bool: lambda b: "true" if b else "false",
            float: json.dumps, _Encoded: str.__str__}  # float: NaN, Infinity as json writes them


def _listed(keys: tuple[str, ...], rows: list[tuple]) -> str:
    """``indented([dict(zip(keys, row)) for row in rows], 1)`` for sorted ``keys``, without making the dicts
    (a list of a node's mentions or an edge's evidence: most of graph.json), each value encoded by its type.

    >>> rows = [(1, "管城", None), (2, 'a"b', 3.5)]
    >>> _listed(("a", "b", "c"), rows) == indented([dict(zip("abc", row)) for row in rows], 1)
    True
    """
    if not rows:
        return "[]"
    heads = [f'\n   {_STRING(k)}: ' for k in keys]
    items = []
    for row in rows:
        parts = []
        for head, v in zip(heads, row):
            scalar = _SCALARS.get(type(v))
            parts.append(head + (scalar(v) if scalar is not None else indented(v, 3)))
        items.append("{" + ",".join(parts) + "\n  }")
    return "[\n  " + ",\n  ".join(items) + "\n ]"


def _mentions(mentions: list) -> str:
    """An entity's ``mentions`` as :func:`_listed` writes them, the usual row (ints and strings) from one template.

    >>> from kg.model import Mention
    >>> ms = [("d", Mention(3, 5, "Place", "管城", 1)), ("d", Mention(0, 1, "Place", 'a"', 2))]
    >>> _mentions(ms) == _listed(_MENTION, [(m.article, d, m.end, m.start, m.text) for d, m in ms])
    True
    """
    if not mentions:
        return "[]"
    items = []
    for d, m in mentions:
        a, e, s, t = m.article, m.end, m.start, m.text
        if type(a) is int and type(e) is int and type(s) is int and type(d) is str and type(t) is str:
            items.append(f'{{\n   "article": {a},\n   "document": {_STRING(d)},\n   "end": {e},\n   "start": {s},'
                         f'\n   "text": {_STRING(t)}\n  }}')
        else:
            items.append(_listed(_MENTION, [(a, d, e, s, t)])[4:-3])  # the one item, without "[\n  " and "\n ]"
    return "[\n  " + ",\n  ".join(items) + "\n ]"


_MENTION = ("article", "document", "end", "start", "text")  # sorted, as json.dumps(sort_keys=True) writes them
_EVIDENCE = ("article", "basis", "document", "end", "extractor", "sentence", "start", "text")


# _item(indented({"key": "mentions", "predicate": "mentions", "source": …, "target": …}), first)
_MENTIONS_EDGE = '{}{{\n   "key": "mentions",\n   "predicate": "mentions",\n   "source": {},\n   "target": {}\n  }}'


def _item(text: str, first: bool) -> str:
    """One element of a list at the second level of indentation (``indent=1``)."""
    return ("\n  " if first else ",\n  ") + text.replace("\n", "\n  ")


def _node(what) -> dict:
    if what is None:  # named by an edge only
        return {}
    if isinstance(what, tuple):
        doc_id, a = what
        return {"type": "Article", "name": a.headline or f"{doc_id} #{a.index}", "document": doc_id, "index": a.index,
                "headline": a.headline, "byline": a.byline, "start": a.start, "end": a.end}
    e = what
    return {"type": e.type, "name": e.name, "aliases": list(e.aliases), "kind": e.kind, "roles": list(e.roles),
            "mentions": _Encoded(_mentions(e.mentions))}


def _value(g: KnowledgeGraph, i: int) -> dict:
    d, v = g.values[i]
    return {"document": d, "article": v.article, "start": v.start, "end": v.end, "text": v.text,
            **{k: x for k, x in v.value.items() if k not in ("subject_id", "initiatives")}}


def _evidence_values(f: Fact) -> list[tuple]:
    """Each piece of a fact's evidence as the values of :data:`_EVIDENCE`, in that order."""
    return [(ev.article, ev.basis, d, ev.end, ev.extractor, ev.sentence, ev.start, ev.text) for d, ev in f.evidence]
