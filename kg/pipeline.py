"""The whole path: inputs → documents → mentions and relations → entities → graph.

Examples:
    >>> g = build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。")
    >>> sorted(e.name for e in g.entities.values() if e.mentions)
    ['姜璞', '王思俊', '管城回族区']
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence

from .extract import DEFAULT, run
from .graph import KnowledgeGraph, facts_from
from .model import Document, Mention
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
) -> KnowledgeGraph:
    """Build a knowledge graph from a text, a path (file, folder, JSONL), or a list of them.

    ``extractors`` picks the extractors by name (see :data:`kg.extract.DEFAULT`);
    ``progress`` shows a progress bar on stderr when there is more than one document.
    """
    docs = list(inputs) if isinstance(inputs, list) and all(isinstance(d, Document) for d in inputs) else read(inputs)
    mentions: list[tuple[str, Mention]] = []
    per_doc = []
    for start in _progress(range(0, len(docs), batch), (len(docs) + batch - 1) // batch, "tagging", progress and len(docs) > 1):
        tag_documents(docs[start : start + batch])
    for doc in _progress(docs, len(docs), "extracting", progress):
        found, relations = run(doc, extractors)
        mentions.extend((doc.id, m) for m in found)
        per_doc.append((doc.id, relations))
    entities, owner, facts = resolve(mentions)
    facts += [f for doc_id, relations in per_doc for f in facts_from(doc_id, relations, owner)]
    return KnowledgeGraph(docs, entities, facts)
