"""Sorted N-Triples on disk: the one stream that every RDF output of a build is made from.

A build's triples come one at a time, in no order and some more than once (an article
``schema:mentions`` the same entity at each mention). :func:`write_sorted` writes them as
canonical N-Triples, sorted as strings and each once, to a file, holding at most ``run``
triples in memory: sorted runs go to temporary files and are merged. From that file
:func:`read` streams the triples back for the Turtle and JSON-LD writers, and the store's
bulk loader reads it directly (:func:`kg.store.load_store`). The order is the one
:func:`kg.rdf.serialize` uses (``sorted(triples, key=str)``), so ``graph.ttl`` keeps its bytes.

Examples:
    >>> import tempfile, pathlib, pyoxigraph as ox
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> p, s = ox.NamedNode("http://x/p"), ox.NamedNode("http://x/s")
    >>> ts = [ox.Triple(s, p, ox.Literal("b")), ox.Triple(s, p, ox.Literal("a")), ox.Triple(s, p, ox.Literal("b"))]
    >>> write_sorted(ts, folder / "g.nt", run=2)
    2
    >>> print((folder / "g.nt").read_text(), end="")
    <http://x/s> <http://x/p> "a" .
    <http://x/s> <http://x/p> "b" .
    >>> [t.object.value for t in read(folder / "g.nt")]
    ['a', 'b']
"""
from __future__ import annotations

import heapq
import itertools
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph

RUN = 500_000  # triples sorted in memory at a time (about 100 MB of strings)
BUFFER = 1 << 20


def write_sorted(triples: Iterable[pyoxigraph.Triple], path: str | os.PathLike, run: int | None = None) -> int:
    """Write ``triples`` to ``path`` as N-Triples lines, sorted and without repeats; return how many were written.

    Memory holds at most ``run`` triples' lines; more are sorted in runs on temporary files
    beside ``path`` (removed afterwards) and merged.
    """
    return write_sorted_lines((f"{t} .\n".encode() for t in triples), path, run)


def write_sorted_lines(lines_in: Iterable[bytes], path: str | os.PathLike, run: int | None = None,
                       on_input_done: Callable[[], object] | None = None) -> int:
    """:func:`write_sorted` of triples given as N-Triples lines in UTF-8 (``<s> <p> <o> .`` and a newline), in
    Oxigraph's canonical form: what :class:`kg.store.GraphSpool` makes of each quad's line without making the
    triple again. Bytes sort as their strings do (UTF-8 keeps the order of code points), and are neither decoded
    nor encoded again on the way through the runs (a sort of bytes takes 0.6 of one of strings).

    ``on_input_done`` is called once the last line is read, before the last run is sorted and the runs merged
    (the build closes the quads' file then: the store's load, which follows it, can end); ``run`` is
    :data:`RUN` by default.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write_sorted_lines([b"<b> <p> <c> .\\n", b"<a> <p> <c> .\\n", b"<b> <p> <c> .\\n"], folder / "g.nt", run=1,
    ...                    on_input_done=lambda: print("read", (folder / "g.nt").exists()))
    read False
    2
    >>> print((folder / "g.nt").read_text(), end="")
    <a> <p> <c> .
    <b> <p> <c> .
    """
    path = Path(path)
    run = run or RUN
    runs: list[Path] = []
    lines: list[bytes] = []
    try:
        for line in lines_in:
            lines.append(line)
            if len(lines) >= run:
                runs.append(_write_run(lines, path))
                lines = []
        if on_input_done is not None:
            on_input_done()
        if not runs:
            return _write_lines(sorted(set(lines)), path)
        if lines:
            runs.append(_write_run(lines, path))
        lines = []
        files = [open(r, "rb", buffering=BUFFER) for r in runs]
        try:
            return _write_lines(_unique(heapq.merge(*files)), path)
        finally:
            for f in files:
                f.close()
    finally:
        for r in runs:
            r.unlink(missing_ok=True)


def patch_sorted(old: str | os.PathLike, removed: Iterable[str], added: Iterable[str], path: str | os.PathLike,
                 collect: dict[bytes, list[bytes]] | None = None) -> int:
    """Write to ``path`` the sorted N-Triples file ``old`` without the lines ``removed`` and with the lines
    ``added`` (sorted), each once, in one streaming pass (``kg add``: most of the graph is as it was).
    ``collect`` maps subjects (``b"<iri>"``) to lists, to which the new file's lines of each are appended
    (``graph.ttl`` is then patched by subject: :func:`kg.rdf.patch_turtle`).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "old.nt").write_text("<a> <p> <b> .\\n<c> <p> <d> .\\n")
    >>> lines = {b"<c>": []}
    >>> patch_sorted(folder / "old.nt", {"<a> <p> <b> .\\n"}, ["<b> <p> <e> .\\n", "<c> <p> <d> .\\n"], folder / "new.nt", lines)
    2
    >>> print((folder / "new.nt").read_text(), end="")
    <b> <p> <e> .
    <c> <p> <d> .
    >>> lines
    {b'<c>': [b'<c> <p> <d> .\\n']}
    """
    gone = {line.encode("utf-8") for line in removed}  # as bytes: UTF-8 sorts as the code points do, and nothing is decoded
    new = sorted({line.encode("utf-8") for line in added})
    wanted = sorted(subject + b" " for subject in collect) if collect else []  # a subject's lines start with it and a space
    k, prefix = 0, wanted[0] if wanted else None
    j, upcoming = 0, new[0] if new else None  # the next added line
    count = 0
    batch: list[bytes] = []
    with open(old, "rb", buffering=BUFFER) as f, open(path, "wb", buffering=BUFFER) as out:
        for old_line in itertools.chain(f, (None,)):  # None: the end, after which the added lines left follow
            if gone and old_line in gone:
                continue
            while True:  # the added lines before this one, then this one (once, if it was added again)
                if upcoming is not None and (old_line is None or upcoming <= old_line):
                    line = upcoming
                    j += 1
                    upcoming = new[j] if j < len(new) else None
                    if line == old_line:
                        continue
                elif old_line is None:
                    break
                else:
                    line, old_line = old_line, b""  # b"": this old line is written
                batch.append(line)
                if prefix is not None:
                    # lines come sorted: a line past the subject's prefix that does not start with it is past all its lines
                    while line > prefix and not line.startswith(prefix):
                        k += 1
                        prefix = wanted[k] if k < len(wanted) else None
                        if prefix is None:
                            break
                    if prefix is not None and line.startswith(prefix):
                        collect[prefix[:-1]].append(line)
                if old_line == b"":
                    break
            if len(batch) >= 10_000 or old_line is None:
                out.write(b"".join(batch))
                count += len(batch)
                batch.clear()
    return count


def _write_run(lines: list[bytes], path: Path) -> Path:
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.run-", suffix=".tmp")
    os.close(fd)
    _write_lines(sorted(set(lines)), Path(name))
    return Path(name)


def _write_lines(lines: Iterable[bytes], path: Path) -> int:
    count = 0
    lines = iter(lines)
    with open(path, "wb", buffering=BUFFER) as f:
        while batch := list(itertools.islice(lines, 10_000)):  # a write call per batch, not per line
            f.writelines(batch)
            count += len(batch)
    return count


def _unique(lines: Iterable[bytes]) -> Iterator[bytes]:
    last = None
    for line in lines:
        if line != last:
            yield line
            last = line


def read(path: str | os.PathLike) -> Iterator[pyoxigraph.Triple]:
    """The triples of an N-Triples file, in its order, parsed by Oxigraph as they are read."""
    import pyoxigraph as ox

    return (q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES))
