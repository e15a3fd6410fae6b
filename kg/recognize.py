"""Named entities in plain sentences, with the same recognizers that ``kg build`` runs.

This is what ``kg extract`` and ``kg eval-ner`` use: each text becomes a one-article
document (:func:`kg.text.plain`), LAC tags all of them in one batch, and the
recognizers (``ensemble``: LAC's names that the trained model confirms, and the model's own
where it is sure; ``organization``; ``initiative``; ``divisions``, places in a chain of divisions; or ``ner`` for
LAC's names alone, ``neural`` for the trained model alone) find and settle the mentions, exactly as in
:func:`kg.build`.

Examples:
    >>> [(e["text"], e["type"]) for e in recognize(["荥阳市艺术家联盟志愿服务队队长王路易说。"])[0]]
    [('荥阳市艺术家联盟志愿服务队', 'Organization'), ('王路易', 'Person')]
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat

from .extract import run, styles_for
from .tagger import tag_documents
from .text import plain

RECOGNIZERS = ("ensemble", "organization", "initiative", "divisions")


def recognize(texts: Sequence[str], recognizers: Sequence[str] = RECOGNIZERS) -> list[list[dict]]:
    """Entities of each text: ``{"start", "end", "type", "text"}``, offsets into that text."""
    docs = [plain(t) for t in texts]
    tag_documents(docs, styles=styles_for(recognizers))
    out = []
    for doc in docs:
        mentions, _ = run(doc, list(recognizers))
        out.append([{"start": m.start, "end": m.end, "type": m.type, "text": doc.text[m.start : m.end]}
                    for m in mentions if m.start < m.end])
    return out


def recognize_stream(texts: Iterable[str], batch_size: int = 256, workers: int = 1,
                     recognizers: Sequence[str] = RECOGNIZERS) -> Iterator[list[dict]]:
    """Recognize a stream of texts in batches, on ``workers`` processes; results in input order."""
    def batches():
        batch = []
        for t in texts:
            batch.append(t)
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    if workers <= 1:
        for b in batches():
            yield from recognize(b, recognizers)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        for result in pool.map(recognize, batches(), repeat(tuple(recognizers)), chunksize=1):
            yield from result
