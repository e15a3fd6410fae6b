"""The whole path: inputs → documents → mentions and relations → entities → graph.

Examples:
    >>> g = build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。")
    >>> sorted(e.name for e in g.entities.values() if e.mentions)
    ['姜璞', '王思俊', '管城回族区']
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence

from .extract import DEFAULT, run, styles_for
from .graph import KnowledgeGraph, facts_from
from .errors import InputError
from .model import ENTITY_TYPES, VALUE_TYPES, Document, Mention
from .reader import Input, read
from .resolve import resolve
from .tagger import tag_documents


def _progress(items, total: int, desc: str, show: bool):
    if not show or total <= 1:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc=desc, unit="doc", file=sys.stderr, leave=False)


def build(
    inputs: Input | Iterable[Input] | Sequence[Document],
    extractors: Sequence[str] = DEFAULT,
    progress: bool = False,
    batch: int = 256,
    date: str | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from a text, a path (file, folder, JSONL), or a list of them.

    ``extractors`` picks the extractors by name (see :data:`kg.extract.DEFAULT`);
    ``progress`` shows a progress bar on stderr when there is more than one document;
    ``date`` (``2022-03-28``) anchors relative dates of documents that carry no date.
    """
    given = isinstance(inputs, list) and inputs and all(isinstance(d, Document) for d in inputs)
    docs = list(inputs) if given else read(inputs)
    if date is not None:
        import datetime as dt

        try:
            dt.date.fromisoformat(date)
        except ValueError:
            raise InputError(f"--date {date!r} is not a date like 2022-03-28") from None
        for d in docs:
            d.date = d.date or date
    mentions: list[tuple[str, Mention]] = []
    values: list[tuple[str, Mention]] = []
    per_doc = []
    for start in _progress(range(0, len(docs), batch), (len(docs) + batch - 1) // batch, "tagging", progress and len(docs) > 1):
        tag_documents(docs[start : start + batch], styles=styles_for(extractors))
    for doc in _progress(docs, len(docs), "extracting", progress):
        found, relations = run(doc, extractors)
        mentions.extend((doc.id, m) for m in found if m.type in ENTITY_TYPES)
        values.extend((doc.id, m) for m in found if m.type in VALUE_TYPES)
        per_doc.append((doc.id, relations))
    entities, owner, facts = resolve(mentions)
    facts += [f for doc_id, relations in per_doc for f in facts_from(doc_id, relations, owner)]
    _attach_values(docs, values, mentions, owner)
    return KnowledgeGraph(docs, entities, facts, values)


def _attach_values(docs: list[Document], values: list[tuple[str, Mention]], mentions: list[tuple[str, Mention]],
                   owner: dict[int, str]) -> None:
    """Point quantities at their subject's entity and dates at the initiatives they date
    (an initiative after the date in the same sentence)."""
    by_doc = {d.id: d for d in docs}
    initiatives: dict[tuple[str, int], list[Mention]] = {}
    for doc_id, m in mentions:
        if m.type == "Initiative":
            initiatives.setdefault((doc_id, m.article), []).append(m)
    for doc_id, v in values:
        subject = v.value.pop("subject", None)
        if subject is not None and id(subject) in owner:
            v.value["subject_id"] = owner[id(subject)]
        if v.type == "Date":
            sentence = by_doc[doc_id].articles[v.article - 1].sentence_at(v.start)
            dated = [owner[id(m)] for m in initiatives.get((doc_id, v.article), [])
                     if sentence and v.end <= m.start < sentence.end and id(m) in owner]
            if dated:
                v.value["initiatives"] = sorted(set(dated))
