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
    >>> from kg.ntriples import write_sorted
    >>> from kg.rdf import triples
    >>> _ = write_sorted(triples(kg.build("本报讯(记者 王思俊)管城区构建网。")), out / "sorted.nt")
    >>> load_store(out / "store", out / "sorted.nt")
    >>> g = open_graph(out)
    >>> g.query("SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }")
    [{'n': '王思俊'}]
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    import pyoxigraph
    import rdflib

STORE = "store"  # the store's folder in an output folder


def load_store(folder: str | os.PathLike, nt: str | os.PathLike) -> None:
    """Bulk-load an N-Triples file into a new store at ``folder`` (Oxigraph's bulk loader reads the file itself:
    sorted files, no transaction log, no Python object per triple)."""
    import pyoxigraph as ox

    store = ox.Store(str(folder))
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    store.optimize()
    del store


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
        return len(self.open())


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
