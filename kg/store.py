"""The build's Oxigraph store on disk (``OUT/store``): the source of truth that readers open.

``kg build`` bulk-loads every triple into a RocksDB-backed Oxigraph store in the staging
folder, beside the exports, so the store is swapped in with them, whole. ``kg query``,
``kg stats``, ``kg eval`` and :func:`open_graph` open it read-only instead of parsing
``graph.ttl`` again (seconds on a large graph; opening the store takes milliseconds). The
exports (``graph.ttl`` …) are views of the same triples. The store's files are a database,
not byte-identical from build to build; ``graph.ttl`` is.

Examples:
    >>> import tempfile, pathlib, kg
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> from kg.rdf import quad_texts
    >>> from kg.ntriples import write_sorted_lines
    >>> spool = GraphSpool(out / "quads.nq")
    >>> write_sorted_lines(spool.lines(quad_texts(kg.build("本报讯(记者 王思俊)管城区构建网。"))), out / "graph.nt") > 0
    True
    >>> spool.close(); load_store(out / "store", out / "quads.nq", out / "graph.nt")
    >>> g = open_graph(out)
    >>> g.query("SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }")
    [{'n': '王思俊'}]
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    import pyoxigraph
    import rdflib

STORE = "store"  # the store's folder in an output folder


GRAPHS = "graphs.tsv"  # beside the store: each named graph's IRI and the digest of its quads


class GraphSpool:
    """Quads on their way to the store: each written as an N-Quads line to ``path``, a digest kept per
    named graph (the sum of its lines' BLAKE2 hashes, so the order does not count), the triple's line passed on
    for the exports. The quads come as their terms in N-Triples form (:func:`kg.rdf.quad_texts`). ``kg add``
    compares the digests to rewrite only the graphs that changed. With
    ``growing``, the file is flushed and ``growing`` told its size every :data:`LOAD_BYTES` or so, and that it
    is complete on :meth:`close`: the build's store loads the quads as they are written (:func:`load_store`).

    >>> import tempfile, pathlib
    >>> spool = GraphSpool(pathlib.Path(tempfile.mkdtemp()) / "q.nq")
    >>> list(spool.lines([("<http://x/a>", "<http://x/a>", '"b"@zh', "<http://x/g>")]))
    [b'<http://x/a> <http://x/a> "b"@zh .\\n']
    >>> spool.close(); list(spool.digests)
    ['http://x/g']
    """

    def __init__(self, path: str | os.PathLike, growing: Growing | None = None):
        self.path = Path(path)
        self.digests: dict[str, int] = {}
        self.growing = growing
        self._file = open(self.path, "wb", buffering=1 << 20)

    def write(self, quads: Iterable[tuple[str, str, str, str]]) -> None:
        """Write the quads (and keep their graphs' digests), passing nothing on."""
        for _ in self.lines(quads):
            pass

    def lines(self, quads: Iterable[tuple[str, str, str, str]]) -> Iterator[bytes]:
        """Each quad's triple as an N-Triples line in UTF-8 (for :func:`kg.ntriples.write_sorted_lines`):
        ``<s> <p> <o> .`` of the quad's line ``<s> <p> <o> <g> .``, as Oxigraph writes them (``g`` an IRI: every
        quad of :func:`kg.rdf.quad_texts` is in a named graph)."""
        from hashlib import blake2b

        write, digests, growing = self._file.write, self.digests, self.growing
        size = self._file.tell()
        told = size + LOAD_BYTES if growing is not None else float("inf")  # the size at which growing is told next
        ends: dict[str, bytes] = {}  # each graph's `` <g> .`` and newline, encoded once
        for s, p, o, g in quads:
            triple = f"{s} {p} {o}".encode()
            end = ends.get(g)
            if end is None:
                end = ends[g] = f" {g} .\n".encode()
            data = triple + end
            write(data)
            size += len(data)
            if size >= told:
                self._file.flush()
                growing.grew(size)  # type: ignore[union-attr]
                told = size + LOAD_BYTES
            graph = g[1:-1]
            digests[graph] = (digests.get(graph, 0) + int.from_bytes(blake2b(data, digest_size=8).digest(),
                                                                     "little")) & _MASK
            yield triple + b" .\n"

    def close(self) -> None:
        """Close the file (once its buffer is written: an error is raised here); ``growing`` is told it is complete."""
        if self._file.closed:
            return
        try:
            self._file.flush()
            size = self._file.tell()
        finally:
            self._file.close()
        if self.growing is not None:
            self.growing.grew(size, complete=True)


class Growing:
    """How much of a file still being written is there to read (its writer tells :meth:`grew` after each flush),
    and whether it is complete: the build's store loads :class:`GraphSpool`'s quads as they are written.

    >>> growing = Growing()
    >>> growing.grew(10); growing.wait(0)
    10
    >>> growing.grew(12, complete=True); growing.wait(12)
    12
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.size, self.complete = 0, False

    def grew(self, size: int, complete: bool = False) -> None:
        with self._changed:
            self.size, self.complete = size, complete
            self._changed.notify_all()

    def wait(self, past: int, stop: threading.Event | None = None) -> int:
        """The size there is to read, once it is more than ``past`` bytes or the file is complete; a ``stop``
        set meanwhile raises :class:`LoadStopped`."""
        with self._changed:
            while self.size <= past and not self.complete:
                if stop is not None and stop.is_set():
                    raise LoadStopped
                self._changed.wait(0.05)
            return self.size


_MASK = (1 << 64) - 1


def write_digests(path: str | os.PathLike, digests: dict[str, int], keys: dict[str, str] | None = None) -> None:
    """Write ``graphs.tsv``: each graph's IRI, the digest of its quads and, for a document's graph, the
    document's key (:func:`kg.rdf.document_keys`, by graph IRI in ``keys``)."""
    keys = keys or {}
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for graph in sorted(digests):
            key = keys.get(graph)
            f.write(f"{graph}\t{digests[graph]:016x}" + (f"\t{key}\n" if key else "\n"))


def read_graphs(path: str | os.PathLike) -> tuple[dict[str, int], dict[str, str]] | None:
    """The digests of an earlier build's graphs and the keys of its documents' graphs (none from an older
    kg); None where there is no ``graphs.tsv``."""
    digests: dict[str, int] = {}
    keys: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                graph, digest, *key = line.rstrip("\n").split("\t")
                digests[graph] = int(digest, 16)
                if key:
                    keys[graph] = key[0]
    except (OSError, ValueError):
        return None
    return digests, keys


REMOVE_BATCH = 20_000  # quads read at a time from a graph that kg add drops
LOAD_BATCH = 200_000  # quads per bulk load: Oxigraph's loader holds a batch in memory (1.6 GB for 6.6M quads at once, 0.3 GB by 200,000)


class LoadStopped(Exception):
    """A bulk load told to stop (:func:`load_store`'s ``stop``) before it ended."""


def load_store(folder: str | os.PathLike, nq: str | os.PathLike, nt: str | os.PathLike,
               stop: threading.Event | None = None, ready: threading.Event | None = None,
               growing: Growing | None = None) -> None:
    """Bulk-load a new store at ``folder``: the N-Quads of ``nq`` into their named graphs and the N-Triples of
    ``nt`` (the same triples, each once) into the default graph (Oxigraph's bulk loader: sorted files, no
    transaction log, no Python object per quad), in batches of :data:`LOAD_BATCH` lines to bound its memory.

    The default graph is the union of the named graphs, kept so that a query reads one graph: Oxigraph's
    union of 26,000 named graphs (``use_default_graph_as_union``) scans three to four times slower and
    repeats a triple stated in two graphs.

    ``stop``, once set (by the build, when another output failed), ends the load between two blocks with
    :class:`LoadStopped`: nothing is written into ``folder`` after that.

    ``growing``, when given, tells how much of ``nq`` is written (:class:`GraphSpool`): the build loads the
    quads as they are made. ``ready``, when given, is set once ``nt`` is complete: the build loads ``nq``
    while it still sorts the triples into ``nt`` (:func:`kg.ntriples.write_sorted_lines`), then waits for it
    (or for ``stop``)."""
    import pyoxigraph as ox

    store = ox.Store(str(folder))
    try:
        _bulk_load_blocks(store, nq, ox.RdfFormat.N_QUADS, stop, growing)
        while ready is not None and not ready.wait(0.05):
            if stop is not None and stop.is_set():
                raise LoadStopped
        _bulk_load_blocks(store, nt, ox.RdfFormat.N_TRIPLES, stop)
        if stop is not None and stop.is_set():
            raise LoadStopped
        store.flush()
        store.optimize()
    finally:
        # closed here, stopped or not: the error a stopped load raises keeps this frame (and an open store, whose
        # own threads still write into the folder) alive, and the build removes the folder once the load returns
        del store


def _bulk_load(store: pyoxigraph.Store, path: str | os.PathLike, keep: Callable[[str], bool] | None = None,
               format: pyoxigraph.RdfFormat | None = None, default_too: bool = False,
               restated: set[str] | None = None) -> int:
    """Load the lines of an N-Quads (or ``format``) file, those ``keep`` accepts, in batches; return how many
    were loaded. With ``default_too``, each quad's triple goes into the default graph as well (and its
    N-Triples line leaves ``restated``, when given)."""
    import pyoxigraph as ox

    if keep is None and not default_too:  # the file as it is: read in blocks of whole lines, no line through Python
        return _bulk_load_blocks(store, path, format or ox.RdfFormat.N_QUADS)
    count = 0
    batch: list[str] = []

    def flush() -> None:
        store.bulk_load("".join(batch).encode("utf-8"), format=format or ox.RdfFormat.N_QUADS)
        if default_too:  # the line without its graph: `<s> <p> <o> <g> .` (an IRI holds no space)
            triples = [line[: line.rindex(" <")] + " .\n" for line in batch]
            store.bulk_load("".join(triples).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
            if restated is not None:
                restated.difference_update(triples)
        batch.clear()

    with open(path, encoding="utf-8", newline="\n", buffering=1 << 20) as f:
        for line in f:
            if keep is None or keep(line):
                batch.append(line)
                count += 1
                if len(batch) >= LOAD_BATCH:
                    flush()
    if batch:
        flush()
    return count


LOAD_BYTES = 24 << 20  # bytes per bulk load of a whole file (120,000 to 170,000 lines of news-large)


def _bulk_load_blocks(store: pyoxigraph.Store, path: str | os.PathLike, format: pyoxigraph.RdfFormat,
                      stop: threading.Event | None = None, growing: Growing | None = None) -> int:
    """:func:`_bulk_load` of a whole file, a block of whole lines at a time (about :data:`LOAD_BYTES`): the lines
    are never split into Python strings, so a load on another thread leaves Python's lock to this one.
    ``stop``, once set, raises :class:`LoadStopped` before the next block. With ``growing``, the file is still
    being written: a block ends where the file is written so far, and the load waits for more until it is
    complete."""
    count = 0
    rest = b""
    read = 0
    with open(path, "rb", buffering=0) as f:
        while True:
            if stop is not None and stop.is_set():
                raise LoadStopped
            block = f.read(LOAD_BYTES if growing is None else min(LOAD_BYTES, growing.wait(read, stop) - read))
            read += len(block)
            if not block:
                if growing is None or growing.complete:
                    break
                continue  # (a short read of a file still being written: wait for more)
            block = rest + block if rest else block
            end = block.rfind(b"\n") + 1
            data, rest = block[:end], block[end:]
            if data:
                count += data.count(b"\n")
                store.bulk_load(data, format=format)
    if rest.strip():
        count += 1
        store.bulk_load(rest, format=format)
    return count


def can_patch(path: str | os.PathLike) -> bool:
    """Whether the store at ``path`` can be patched by :func:`patch_store` (it keeps the union as its default graph)."""
    import pyoxigraph as ox

    try:
        return has_union(ox.Store.read_only(str(path)))
    except OSError:
        return False


def has_union(store: pyoxigraph.Store) -> bool:
    """Whether the store's default graph holds the union of its named graphs (a store of an older kg has
    only the named graphs: it is read with Oxigraph's union instead)."""
    import pyoxigraph as ox

    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def update_store(old: str | os.PathLike, folder: str | os.PathLike, nq: str | os.PathLike, nt: str | os.PathLike,
                 changed: set[str], removed: set[str]) -> int:
    """A new store at ``folder``: a copy of the store at ``old`` (a RocksDB checkpoint: hard links, no copy of
    the data) in which the graphs ``changed`` and ``removed`` are dropped and the quads of ``nq`` that
    belong to the graphs ``changed`` loaded again. The default graph follows: a triple of a dropped graph
    leaves it unless another graph still states it, the triples of the reloaded graphs join it (an older
    store without it gets it whole from ``nt``). Returns the number of quads loaded."""
    import pyoxigraph as ox

    source = ox.Store.read_only(str(old))
    union = has_union(source)
    source.backup(str(folder))
    del source
    store = ox.Store(str(folder))
    default = ox.DefaultGraph()
    dropped: set[str] = set()  # the dropped graphs' triples, as N-Triples lines (a third of the memory of Triples)
    for graph in sorted(changed | removed):
        name = ox.NamedNode(graph)
        while True:  # quad by quad, a batch at a time: remove_graph takes a large graph out in one transaction
            batch = list(islice(store.quads_for_pattern(None, None, None, name), REMOVE_BATCH))  # (0.5 GB for the shared graph)
            if not batch:
                break
            for q in batch:
                if union:
                    dropped.add(f"{q.triple} .\n")
                store.remove(q)
        store.remove_graph(name)
    ends = tuple(f" <{graph}> .\n" for graph in changed)
    # a triple that a reloaded graph states again stays in the default graph: it leaves `dropped` as it is loaded
    count = _bulk_load(store, nq, lambda line: line.endswith(ends), default_too=union, restated=dropped) if changed else 0
    left = "".join(dropped).encode("utf-8")
    dropped.clear()
    for q in ox.parse(left, format=ox.RdfFormat.N_TRIPLES) if left else ():
        if not any(g.graph_name != default for g in store.quads_for_pattern(q.subject, q.predicate, q.object, None)):
            store.remove(ox.Quad(q.subject, q.predicate, q.object, default))
    if not union:  # a store of an older kg: its default graph made whole
        _bulk_load(store, nt, format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    del store
    return count


@dataclass
class Patch:
    """What :func:`patch_store` changed: quads loaded, and the default graph's N-Triples lines that joined it
    (sorted; some may have been there already) and that left it."""

    loaded: int
    added: list[str]
    removed: set[str]


def _triple_line(quad_line: str) -> str:
    """``<s> <p> <o> <g> .`` without `` <g>`` (an IRI holds no space)."""
    return quad_line[: quad_line.rindex(" <")] + " .\n"


def patch_store(old: str | os.PathLike, folder: str | os.PathLike, nq: str | os.PathLike, changed: set[str],
                removed: set[str]) -> Patch:
    """A new store at ``folder``: a copy of the store at ``old`` (a RocksDB checkpoint: hard links) with the
    graphs ``changed`` made equal to their quads in ``nq`` and the graphs ``removed`` dropped, quad by quad:
    only the quads that differ are removed or loaded (the shared graph of entities and facts changes by a few
    entities when documents are added, not whole). ``nq`` may hold other graphs' quads: they are left out.
    The default graph (the union, which ``old`` must have: :func:`has_union`) follows: a triple leaves it when
    no named graph states it any more, a loaded quad's triple joins it.

    The lines compared are Oxigraph's canonical N-Quads, as :class:`GraphSpool` writes them."""
    import pyoxigraph as ox

    source = ox.Store.read_only(str(old))
    source.backup(str(folder))
    del source
    store = ox.Store(str(folder))
    before: set[str] = set()
    for graph in sorted(changed | removed):
        before.update(f"{q} .\n" for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
    after: set[str] = set()
    with open(nq, encoding="utf-8", newline="\n", buffering=1 << 20) as f:
        for line in f:
            if line[line.rindex(" <") + 2 : -4] in changed:
                after.add(line)
    gone, new = sorted(before - after), sorted(after - before)
    del before, after
    for start in range(0, len(gone), LOAD_BATCH):
        for q in ox.parse("".join(gone[start : start + LOAD_BATCH]).encode("utf-8"), format=ox.RdfFormat.N_QUADS):
            store.remove(q)
    for start in range(0, len(new), LOAD_BATCH):
        store.bulk_load("".join(new[start : start + LOAD_BATCH]).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    added = sorted({_triple_line(line) for line in new})
    for start in range(0, len(added), LOAD_BATCH):
        store.bulk_load("".join(added[start : start + LOAD_BATCH]).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    joined = set(added)
    candidates = sorted({t for t in map(_triple_line, gone) if t not in joined})
    left: set[str] = set()
    default = ox.DefaultGraph()
    parsed = ox.parse("".join(candidates).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES) if candidates else ()
    for line, q in zip(candidates, parsed):
        if not any(g.graph_name != default for g in store.quads_for_pattern(q.subject, q.predicate, q.object, None)):
            store.remove(ox.Quad(q.subject, q.predicate, q.object, default))
            left.add(line)
    store.flush()
    del store
    return Patch(len(new), added, left)


@dataclass(frozen=True)
class StoredGraph:
    """A built graph's store on disk, opened read-only for each use (a forked query opens its own)."""

    path: Path

    def open(self) -> pyoxigraph.Store:
        import pyoxigraph as ox

        try:
            return ox.Store.read_only(str(self.path))
        except OSError as e:
            raise InputError(f"{self.path}: cannot open the store ({str(e).splitlines()[0] if str(e) else 'unreadable'})") from None

    def query(self, sparql: str, timeout: float | None = 60, max_rows: int | None = 100_000,
              allow_service: bool = False) -> list[dict[str, str]]:
        """Run a SPARQL SELECT or ASK query over the store, as :meth:`kg.KnowledgeGraph.query` does."""
        from .query import run_query

        return run_query(self, sparql, timeout=timeout, max_rows=max_rows, allow_service=allow_service)

    def __len__(self) -> int:
        """The number of distinct triples (a triple stated by two documents is in both their graphs)."""
        store = self.open()
        query = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }" if has_union(store) else \
            "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
        return int(next(iter(store.query(query)))[0].value)


def open_graph(path: str | os.PathLike) -> StoredGraph | rdflib.Graph:
    """What a reader queries: the store of an output folder, else its ``graph.ttl`` (or an RDF file) parsed
    into an rdflib graph; :func:`kg.query.run_query` takes either."""
    p = Path(path)
    if (p / STORE).is_dir():
        return StoredGraph(p / STORE)
    if p.name == STORE and p.is_dir():
        return StoredGraph(p)
    from .rdf import load

    return load(p)
