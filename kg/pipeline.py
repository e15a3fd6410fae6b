"""The whole path: inputs → documents → mentions and relations → entities → graph.

Examples:
    >>> g = build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。")
    >>> sorted(e.name for e in g.entities.values() if e.mentions)
    ['姜璞', '王思俊', '管城回族区']
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Sequence

from .blas import one_thread

one_thread()  # before the extractors load numpy (kg.build() in a program, and each spawned worker)

from .extract import DEFAULT, run, styles_for  # noqa: E402
from .graph import KnowledgeGraph, facts_from  # noqa: E402
from .errors import InputError, InputTypeError  # noqa: E402
from .model import ENTITY_TYPES, VALUE_TYPES, Document, Mention, Relation  # noqa: E402
from .reader import Input, read_inputs, record_date  # noqa: E402
from .text import parse  # noqa: E402
from .resolve import resolve  # noqa: E402
from .tagger import tag_documents  # noqa: E402


def build(
    inputs: Input | Iterable[Input] | None = None,
    extractors: Sequence[str] = DEFAULT,
    progress: bool = False,
    batch: int = 256,
    date: str | None = None,
    *,
    text: str | Sequence[str] | None = None,
    keep_going: bool = False,
    workers: int = 1,
    keep_analyses: bool = False,
    scheduler: str | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from text, files, folders, JSONL, or a list of them.

    The type of an input says what it is: a ``str`` is text, a :class:`pathlib.Path` is a
    file or a folder (every ``*.txt`` and ``*.jsonl`` below it), ``bytes`` are a text
    file's content, a dict is a record ``{"text", "id"?, "date"?, "source"?}``. A ``str``
    that looks like a file name (``page.txt``) is refused: pass ``Path("page.txt")``, or
    ``text="page.txt"`` if it really is the text. ``text=`` always takes text (a str or a list of them).

    ``extractors`` picks the extractors by name (see :data:`kg.extract.DEFAULT`);
    ``progress`` shows a progress bar on stderr when there is more than one document;
    ``date`` (``2022-03-28``) anchors relative dates of documents that carry no date;
    ``keep_going`` skips bad files and JSONL lines instead of failing, and names them in
    :attr:`KnowledgeGraph.skipped`; ``workers`` tags and extracts on that many processes (the
    graph is the same, byte for byte, for any number); ``scheduler`` (``tcp://host:8786``) sends that
    work to a Dask distributed cluster instead (``pip install 'kg[dask]'``), with the same result.
    ``keep_analyses`` keeps each document's analysis as a JSON line (:attr:`KnowledgeGraph.analyses`,
    what ``kg add`` reads back) and, to bound memory, slims the documents the graph holds: their
    sentences keep their offsets, not their text (:func:`kg.analyses.slim`; the text is in the lines).

    Examples:
        >>> from pathlib import Path
        >>> g = build(Path("examples/zhengzhou-daily-page.txt"))
        >>> len(g.documents), sum(len(d.articles) for d in g.documents)
        (1, 11)
        >>> build(text="郑州市管城区构建网。").documents[0].text
        '郑州市管城区构建网。'
        >>> build(None)
        Traceback (most recent call last):
        ...
        kg.errors.InputTypeError: cannot read NoneType: give text (str), a pathlib.Path, bytes, a record {"text": ...}, or a list of them
    """
    reading = build_documents(inputs, text, keep_going, progress, date)
    docs = reading.documents
    g = assemble(_analysed(docs, tuple(extractors), batch, workers, progress, scheduler), keep_analyses)
    g.skipped = reading.skipped
    g.extractors = tuple(extractors)
    return g


def assemble(analysed: Iterable[Analysed], keep_analyses: bool = False, lines: Iterable[str] | None = None) -> KnowledgeGraph:
    """The graph of analysed documents: entities resolved across all of them, facts, values.

    With ``keep_analyses``, each document's analysis is kept as a JSON line (before resolution
    changes anything) in :attr:`KnowledgeGraph.analyses` (a temporary file), for ``kg add``;
    ``lines`` are those lines already made, one per document, in the same order.
    """
    made = iter(lines) if lines is not None else None
    return _assemble(((a, next(made) if made is not None else None) for a in analysed), keep_analyses)


def _assemble(analysed: Iterable[tuple[Analysed, str | None]], keep_analyses: bool) -> KnowledgeGraph:
    """:func:`assemble` of ``(analysis, its line or None)``.

    With ``keep_analyses``, the memory held to the end does not keep the documents whole: once a
    document's line is saved, its sentences are reduced to their offsets (:func:`kg.analyses.slim`; the
    exports read their text back from the line) and its relations become facts after resolution. What
    stays is the entity index (the mentions) and each document's text and articles.
    """
    from .analyses import Spool, dump, load_document, peek, slim

    mentions: list[tuple[str, Mention]] = []
    values: list[tuple[str, Mention]] = []
    per_doc = []
    docs = []
    spool = Spool() if keep_analyses else None
    for (doc, found, relations), line in analysed:
        if spool is not None:
            spool.append(line if line is not None else dump((doc, found, relations)))
            doc = slim(doc)
        docs.append(doc)
        mentions.extend((doc.id, m) for m in found if m.type in ENTITY_TYPES)
        values.extend((doc.id, m) for m in found if m.type in VALUE_TYPES)
        if relations:
            per_doc.append((doc.id, relations))
    entities, owner, facts = resolve(mentions)
    types = {e.id: e.type for e in entities}
    per_doc.reverse()
    while per_doc:  # in input order; each document's relations are dropped once they are facts
        doc_id, relations = per_doc.pop()
        facts += facts_from(doc_id, relations, owner, types)
    _attach_values(docs, values, mentions, owner)
    g = KnowledgeGraph(docs, entities, facts, values)
    if spool is not None:
        g.analyses = spool
        g.full_documents = lambda wanted=None: (load_document(line) for line in spool
                                                if wanted is None or peek(line)[0] in wanted)
    return g


def extend(previous: Iterable[str], extractors: Sequence[str], inputs: Input | Iterable[Input] | None = None,
           progress: bool = False, batch: int = 256, date: str | None = None, *, text: str | Sequence[str] | None = None,
           keep_going: bool = False, workers: int = 1, source: str = "the analyses", first_line: int = 1
           ) -> KnowledgeGraph | int:
    """Add documents to the analyses of an earlier build (JSON lines, see :mod:`kg.analyses`).

    A document already there with the same text is left as it is; one with the same id and a
    new text replaces it; the others are analysed and appended. The graph is the one a build
    of all the documents at once gives. When every document is already there with the same text
    (and none was skipped), the graph cannot change: the number of documents is returned instead.

    The earlier lines are read twice, never held: once for each document's id and text (a digest
    of it), then one at a time as the graph is assembled, while the new documents are analysed on
    ``workers`` other processes (spawned: this one never loads the models). Blank lines are passed over; a
    line that is not an analysis raises :class:`InputError` naming ``source`` and its number (``previous``
    opens at ``first_line``).
    """
    from hashlib import blake2b

    from .analyses import Spool, dump, load, peek

    def digest(text: str) -> bytes:
        return blake2b(text.encode("utf-8"), digest_size=16).digest()

    new = build_documents(inputs, text, keep_going, progress, date)
    known: dict[str, bytes] = {}
    kept = Spool()  # the earlier lines as they were: no need to write them again
    numbers: list[int] = []  # each kept line's number in ``source``

    def corrupt(number: int, e: Exception) -> InputError:
        return InputError(f"{source}, line {number}: not kg's analyses ({type(e).__name__}: {e}); "
                          "build it again with kg build")

    for number, line in enumerate(previous, first_line):
        if not line.strip():
            continue
        try:
            doc_id, old_text = peek(line)
        except (ValueError, KeyError, TypeError, IndexError) as e:
            raise corrupt(number, e) from None
        known[doc_id] = digest(old_text)
        kept.append(line.rstrip("\n"))
        numbers.append(number)
    todo = [d for d in new.documents if known.get(d.id) != digest(d.text)]
    if not todo and not new.skipped:
        return len(known)
    # the new documents are analysed in other processes (started now) while this one reads the earlier
    # analyses back; a new document's line is made as it arrives, before resolution changes its mentions
    results = _analysed(todo, tuple(extractors), batch, workers, progress, apart=True)
    fresh: dict[str, tuple[Analysed, str]] = {}
    last = {d.id: i for i, d in enumerate(todo)}  # a document given twice: its last text counts
    arrived = 0

    def analysed(doc_id: str) -> tuple[Analysed, str]:
        nonlocal arrived
        while arrived <= last[doc_id]:
            a = next(results)
            fresh[a[0].id] = (a, dump(a))
            arrived += 1
        return fresh.pop(doc_id)

    new.documents = []

    def combined() -> Iterator[tuple[Analysed, str]]:
        placed: set[str] = set()
        for number, line in zip(numbers, kept):
            doc_id = peek(line)[0]
            if doc_id in last:  # a changed document, in its place
                placed.add(doc_id)
                yield analysed(doc_id)
            else:
                try:
                    loaded = load(line)
                except (ValueError, KeyError, TypeError, IndexError) as e:  # cut short after its text
                    raise corrupt(number, e) from None
                yield loaded, line
        for d in todo:
            if d.id not in placed:
                placed.add(d.id)
                yield analysed(d.id)

    try:
        g = _assemble(combined(), keep_analyses=True)
    finally:
        results.close()  # its processes end here
    g.skipped = new.skipped
    g.extractors = tuple(extractors)
    g.added = len(todo)
    return g


Analysed = tuple[Document, list[Mention], list[Relation]]


def build_documents(inputs, text, keep_going: bool, progress: bool, date: str | None):
    """The documents of the inputs and of ``text``, with ``date`` given to those without one."""
    if text is not None:
        texts = [text] if isinstance(text, str) else list(text) if isinstance(text, (list, tuple)) else [text]
        if not all(isinstance(t, str) for t in texts):
            raise InputTypeError(f"text= takes a str or a list of str, not {type(text).__name__}")
        inputs = [*(_as_list(inputs) if inputs is not None else []), *map(parse, texts)]
    reading = read_inputs(inputs, keep_going=keep_going, progress=progress)
    if date is not None:
        if not (isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)
                and record_date(date, "--date") == date):
            raise InputError(f"--date {date!r} is not a date like 2022-03-28")
        for d in reading.documents:
            d.date = d.date or date
    return reading


def analyse(docs: list[Document], extractors: tuple[str, ...]) -> list[Analysed]:
    """Tag a batch of documents and run the extractors on each: the work that needs no other document.

    The tokens and tag scores of the sentences are dropped afterwards: nothing after the
    extractors reads them, and kept for every document they took most of a build's memory.
    """
    tag_documents(docs, styles=styles_for(extractors))
    out = [(doc, *run(doc, list(extractors))) for doc in docs]
    for doc in docs:
        for a in doc.articles:
            for s in a.sentences:
                s.tokens, s.names = [], {}
    return out


def _analyse_in_worker(docs: list[Document], extractors: tuple[str, ...]) -> list[Analysed]:
    """:func:`analyse` in a Dask worker (a module-level function, so that it can be sent there); the
    worker's process is the user's, so its garbage collector is left alone."""
    return analyse(docs, extractors)


def _analyse_in_pool(docs: list[Document], extractors: tuple[str, ...]) -> list[Analysed]:
    """:func:`analyse` in one of kg's own spawned processes, with the garbage collector paused as the
    ``kg`` command pauses it in its own process (:mod:`kg.collector`)."""
    from .collector import paused

    with paused():
        return analyse(docs, extractors)


def _analysed(docs: list[Document], extractors: tuple[str, ...], batch: int, workers: int,
              progress: bool, scheduler: str | None = None, apart: bool = False) -> Iterator[Analysed]:
    """Each document with its mentions and relations, in input order, on ``workers`` processes
    or on the Dask cluster at ``scheduler``. With ``apart``, the work starts at once on ``workers``
    spawned processes (even one), while the caller does something else; else it starts when the
    first result is asked for, in this process when ``workers`` is 1."""
    if workers < 1:
        raise InputError("--workers must be at least 1")
    if scheduler:
        return _analysed_on_dask(docs, extractors, batch, scheduler, progress)
    size = batch if workers == 1 else max(1, min(batch, -(-len(docs) // (workers * 4))))
    chunks = [docs[i : i + size] for i in range(0, len(docs), size)]
    if (workers == 1 or len(chunks) == 1) and not apart:
        return _Gathered((analyse(chunk, extractors) for chunk in chunks), None, len(docs), progress)
    if not chunks:
        return _Gathered((), None, 0, False)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: a fork would copy the ONNX runtime and RocksDB of a process that used them
    pool = ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=multiprocessing.get_context("spawn"))
    return _Gathered(pool.map(_analyse_in_pool, chunks, [extractors] * len(chunks)), pool, len(docs), progress)


class _Gathered(Iterator[Analysed]):
    """The analyses of :func:`_analysed`, batch by batch, with a progress bar; :meth:`close` (or the end)
    shuts the pool down, even before the first result was asked for."""

    def __init__(self, results: Iterable[list[Analysed]], pool, total: int, progress: bool):
        self._pool = pool
        self._each = self._each_of(results, _bar(total, "analysing", progress and total > 1))

    def _each_of(self, results: Iterable[list[Analysed]], bar) -> Iterator[Analysed]:
        try:
            for result in results:
                yield from result
                if bar is not None:
                    bar.update(len(result))
        finally:
            self._shutdown()
            if bar is not None:
                bar.close()

    def __next__(self) -> Analysed:
        return next(self._each)

    def close(self) -> None:
        self._each.close()
        self._shutdown()

    def _shutdown(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.shutdown(cancel_futures=True)


def _analysed_on_dask(docs: list[Document], extractors: tuple[str, ...], batch: int, scheduler: str,
                      progress: bool) -> Iterator[Analysed]:
    """The per-document work as Dask tasks (one per batch), gathered in input order; resolution,
    the reduce step, stays here."""
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--scheduler needs Dask distributed: pip install 'kg[dask]'") from None
    try:
        client = Client(scheduler)
    except (OSError, TimeoutError) as e:
        raise InputError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({e})") from None
    size = max(1, min(batch, -(-len(docs) // 16)))
    chunks = [docs[i : i + size] for i in range(0, len(docs), size)]
    bar = _bar(len(docs), "analysing", progress and len(docs) > 1)
    try:
        futures = client.map(_analyse_in_worker, chunks, extractors=extractors, pure=False)
        for future in futures:
            result = future.result()
            yield from result
            if bar is not None:
                bar.update(len(result))
    finally:
        if bar is not None:
            bar.close()
        client.close()


def _bar(total: int, desc: str, show: bool):
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, leave=False)


def _as_list(inputs) -> list:
    import os
    from collections.abc import Mapping

    return [inputs] if isinstance(inputs, (str, bytes, os.PathLike, Mapping, Document)) else list(inputs)


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
