"""Per-document analyses saved with a build (``OUT/analyses.jsonl``), so ``kg add`` analyses only new documents.

The expensive work on a document (tagging, extraction) needs no other document; what comes
after it (resolution of entities, the graph, RDF) needs them all. A build keeps, for each
document in input order, the document with its articles and sentences, the mentions the
extractors found and the relations between them, as one JSON line; the first line names the
extractors. ``kg add OUT INPUT`` reads these lines back, analyses the new documents only, and
assembles the graph from all of them exactly as a build of everything at once would: the
same code after the analysis, the same documents in the same order, so the same bytes.

JSON, not pickle: reading a folder someone gave you never runs code.

Examples:
    >>> from kg.text import parse
    >>> from kg.model import Mention, Relation, Evidence
    >>> doc = parse("本报讯(记者 王思俊)管城区构建网。")
    >>> person = Mention(7, 10, "Person", "王思俊", 1, "byline")
    >>> line = dump((doc, [person], [Relation(1, "author", person, Evidence(1, 4, 10, "记者 王思俊", "byline"))]))
    >>> doc2, found, relations = load(line)
    >>> doc2 == doc, relations[0].obj is found[0]
    (True, True)
"""
from __future__ import annotations

import json
import os
import tempfile
import types
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields

from .model import Article, Document, Evidence, Mention, Relation, Sentence

Analysed = tuple[Document, list[Mention], list[Relation]]
FILE = "analyses.jsonl"
FORMAT = 1


def header(extractors: tuple[str, ...]) -> str:
    return json.dumps({"kg-analyses": FORMAT, "extractors": list(extractors)}, ensure_ascii=False)


def read_header(line: str) -> tuple[str, ...]:
    data = json.loads(line)
    if data.get("kg-analyses") != FORMAT:
        raise ValueError(f"analyses of format {data.get('kg-analyses')!r}, not {FORMAT}")
    return tuple(data["extractors"])


class Spool:
    """Analysis lines kept in a temporary file while a build runs, not in memory (they are about ten
    times the size of the text); iterating reads them back in order.

    >>> spool = Spool()
    >>> spool.append('{"a": 1}'); spool.append('{"b": 2}')
    >>> len(spool), list(spool)
    (2, ['{"a": 1}', '{"b": 2}'])
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")
        self._count = 0

    def append(self, line: str) -> None:
        self._file.write(line)
        self._file.write("\n")
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        self._file.flush()
        self._file.seek(0)
        try:
            for line in self._file:
                yield line[:-1]
        finally:  # a reading stopped early must not leave the next append writing over old lines
            self._file.seek(0, os.SEEK_END)


def write_analyses(path: str | os.PathLike, extractors: tuple[str, ...], lines: Iterable[str]) -> None:
    """Write ``OUT/analyses.jsonl``: the header, then one line per document."""
    with open(path, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as f:
        f.write(header(extractors) + "\n")
        for line in lines:
            f.write(line + "\n")


def _document(doc: Document) -> dict:
    return {"id": doc.id, "text": doc.text, "source": doc.source, "date": doc.date,
            "articles": [{**{f.name: getattr(a, f.name) for f in fields(Article) if f.name != "sentences"},
                          "sentences": [[s.index, s.start, s.end, s.text, s.kind, s.segments] for s in a.sentences]}
                         for a in doc.articles]}


def _tuple(value):
    return tuple(value) if value is not None else None


def _undocument(data: dict) -> Document:
    articles = []
    for a in data["articles"]:
        sentences = [Sentence(i, start, end, text, kind, tuple(map(tuple, segments)))
                     for i, start, end, text, kind, segments in a["sentences"]]
        spans = {k: _tuple(v) for k, v in a.items() if k.endswith("_span")}  # headline, subtitle, dateline, byline
        articles.append(Article(**{**a, **spans, "captions": [tuple(c) for c in a["captions"]], "sentences": sentences}))
    return Document(data["id"], data["text"], data["source"], data["date"], articles)


def dump(analysed: Analysed) -> str:
    """One document's analysis as one JSON line (mentions are referred to by their place in a table)."""
    doc, found, relations = analysed
    table: list[Mention] = list(found)
    index = {id(m): i for i, m in enumerate(table)}

    def ref(m: Mention) -> int:
        if id(m) not in index:
            index[id(m)] = len(table)
            table.append(m)
        return index[id(m)]

    rels = [{"subject": r.subject if isinstance(r.subject, int) else {"m": ref(r.subject)}, "predicate": r.predicate,
             "obj": ref(r.obj), "evidence": asdict(r.evidence), "role": r.role} for r in relations]
    mentions = []
    for m in list(table):
        value = m.value
        if value and isinstance(value.get("subject"), Mention):
            value = {**value, "subject": {"m": ref(value["subject"])}}
        mentions.append({**{f.name: getattr(m, f.name) for f in fields(Mention) if f.name != "value"}, "value": value})
    for m in table[len(mentions):]:  # subjects first seen in a value
        mentions.append({**{f.name: getattr(m, f.name) for f in fields(Mention) if f.name != "value"}, "value": m.value})
    return json.dumps({"doc": _document(doc), "found": len(found), "mentions": mentions, "relations": rels},
                      ensure_ascii=False, separators=(",", ":"))


def load(line: str) -> Analysed:
    """The analysis of one document from its JSON line, with the mentions' identities restored."""
    data = json.loads(line)
    table = [Mention(**{k: v for k, v in m.items() if k != "value"}) for m in data["mentions"]]
    for m, raw in zip(table, data["mentions"]):
        value = raw["value"]
        if value and isinstance(value.get("subject"), dict):
            value = {**value, "subject": table[value["subject"]["m"]]}
        m.value = value
    relations = [Relation(r["subject"] if isinstance(r["subject"], int) else table[r["subject"]["m"]], r["predicate"],
                          table[r["obj"]], Evidence(**r["evidence"]), r["role"]) for r in data["relations"]]
    return _undocument(data["doc"]), table[: data["found"]], relations


def load_document(line: str) -> Document:
    """Only the document of an analysis line (its articles and sentences, whole), for an export that needs its text."""
    return _undocument(json.loads(line)["doc"])


_DECODER = json.JSONDecoder()
_HEAD = '{"doc":{"id":'
_TEXT = ',"text":'


def peek(line: str) -> tuple[str, str]:
    """The id and text of the document of an analysis line, read from its start (the line is not parsed whole).

    >>> from kg.text import parse
    >>> doc = parse("管城区构建网。")
    >>> peek(dump((doc, [], []))) == (doc.id, doc.text)
    True
    """
    if line.startswith(_HEAD):
        doc_id, end = _DECODER.raw_decode(line, len(_HEAD))
        if line.startswith(_TEXT, end):
            return doc_id, _DECODER.raw_decode(line, end + len(_TEXT))[0]
    doc = json.loads(line)["doc"]
    if not isinstance(doc["id"], str) or not isinstance(doc["text"], str):
        raise TypeError("a document's id and text are strings")
    return doc["id"], doc["text"]


def slim(doc: Document) -> Document:
    """The document with each sentence reduced to its place (index, offsets, kind): what resolution and the
    exports read of it once its analysis is saved. Its sentences' texts are read back from the saved line
    (:func:`load_document`) by the one export that needs them (``kg.rdf.quads``, the evidence's sentences).

    >>> from kg.text import parse
    >>> s = slim(parse("本报讯 管城区构建网。")).articles[0].sentences[-1]
    >>> (s.end, s.text)
    (11, '')
    """
    for a in doc.articles:
        a.sentences = [Sentence(s.index, s.start, s.end, "", s.kind, (), _NO_TOKENS, _NO_NAMES) for s in a.sentences]
    return doc


_NO_TOKENS: tuple = ()  # shared, immutable: a slim sentence holds no tokens and no names
_NO_NAMES = types.MappingProxyType({})
