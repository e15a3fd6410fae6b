"""The output folder of a build: written whole or not at all, one build at a time.

:func:`replacing` locks ``OUT`` (a lock file beside it), checks before any work that it
can be written, and gives a staging folder beside ``OUT`` on the same file system. The
build writes every file there; when all are written and flushed to disk, the staging
folder and ``OUT`` are exchanged in one atomic step (``renameat2(RENAME_EXCHANGE)`` on
Linux; elsewhere two renames, which :func:`recover` completes or undoes after a crash).
A failed, interrupted or killed build leaves ``OUT`` as it was; files of an earlier build
that this one does not write (``graph.html`` after ``--no-html``) are gone with the old
folder. A folder that holds anything kg does not write is never replaced.

Examples:
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "out"
    >>> with replacing(out) as stage:
    ...     stage.write("graph.ttl", b"<a> <b> <c> .\\n")
    >>> sorted(p.name for p in out.iterdir())
    ['graph.ttl']
    >>> sorted(p.name for p in out.parent.iterdir())  # no lock, no staging folder left
    ['out']
"""
from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import OutputError

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

# every name kg writes into an output folder; a folder holding anything else is not replaced
OUTPUT_NAMES = frozenset({"graph.ttl", "graph.nt", "graph.jsonld", "graph.json", "graph.html", "store",
                          "analyses.jsonl", "graphs.tsv"})
CHUNK = 1 << 20  # bytes per write call


def _sibling(out: Path, kind: str) -> str:
    return f".{out.name}.kg-{kind}"


def lock_path(out: Path) -> Path:
    return out.parent / (_sibling(out, "lock"))


@dataclass
class Stage:
    """The staging folder of one build; :meth:`write` puts a file in it."""

    out: Path
    path: Path
    written: list[str] = field(default_factory=list)

    def write(self, name: str, data: bytes) -> None:
        """Write ``name`` in the staging folder and flush it to disk."""
        with self._writing(name):
            fd = os.open(self.path / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            try:
                _write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)

    def write_file(self, name: str, make: Callable[[Path], object]) -> None:
        """Have ``make(path)`` write ``name`` in the staging folder (streaming, never whole in memory), then flush it to disk."""
        with self._writing(name):
            make(self.path / name)
            fd = os.open(self.path / name, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    @contextlib.contextmanager
    def _writing(self, name: str) -> Iterator[None]:
        """One clear error for a file that cannot be written; ``name`` is recorded once it is."""
        try:
            yield
        except OSError as e:
            raise OutputError(f"{self.out}: cannot write {name} ({_message(e)}); {self.out} is left as it was") from None
        self.written.append(name)

    def folder(self, name: str) -> Path:
        """A sub-folder of the staging folder (for a store that writes its own files)."""
        p = self.path / name
        try:
            os.mkdir(p)
        except OSError as e:
            raise OutputError(f"{self.out}: cannot write {name} ({_message(e)}); {self.out} is left as it was") from None
        self.written.append(name)
        return p


def _message(e: OSError) -> str:
    return e.strerror or type(e).__name__


def check_replaceable(out: Path) -> None:
    """Refuse an ``OUT`` that is not a folder, holds files kg did not write, or holds the current folder."""
    if out.exists() or out.is_symlink():
        if not out.is_dir():
            raise OutputError(f"{out}: exists and is not a folder")
        foreign = sorted(p.name + ("/" if p.is_dir() and p.name != "store" else "") for p in out.iterdir()
                         if not _ours(p))
        if foreign:
            shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
            raise OutputError(f"{out}: holds {shown}, which kg did not write; kg replaces its output folder whole, "
                              "so give -o an empty or new folder")
    cwd = Path.cwd().resolve()
    if cwd == out or out in cwd.parents:
        raise OutputError(f"{out}: is (or holds) the current folder; give -o a folder of its own, such as out/")


def _ours(p: Path) -> bool:
    """A file kg writes into an output folder, or the temporary file of an older kg killed while writing one."""
    if p.name in OUTPUT_NAMES:
        return p.is_dir() == (p.name == "store")
    return (p.is_file() and p.name.startswith(".") and p.name.endswith(".tmp")
            and any(p.name.startswith(f".{name}.") for name in OUTPUT_NAMES))


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold the lock file beside ``OUT``; a second build into the same ``OUT`` fails at once."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, the swap still keeps outputs whole
        yield
        return
    path = lock_path(out)
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as e:
            raise OutputError(f"{out}: cannot write beside it ({_message(e)}); no output was written") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise OutputError(f"{out}: another kg build (process {holder}) is writing this folder; "
                              "wait for it to finish or choose another -o") from None
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # the file was removed by the build that held it: lock the new one
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)


def recover(out: Path) -> None:
    """Finish or undo the swap of a build that was killed, and remove its staging folders.

    Called with the lock held (by :func:`replacing`), or by readers when ``OUT`` is missing.
    """
    out = Path(os.path.realpath(out))
    if not out.parent.is_dir():
        return
    old = sorted(out.parent.glob(_sibling(out, "old-*")))
    if old and not out.exists():
        os.rename(old[-1], out)  # killed between the two renames of the fallback swap
        old = old[:-1]
    for leftover in [*old, *out.parent.glob(_sibling(out, "new-*"))]:
        shutil.rmtree(leftover, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2``); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    errno = ctypes.get_errno()
    if errno in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: this file system cannot
        return False
    raise OSError(errno, os.strerror(errno), str(b))


def swap_in(stage: Path, out: Path, exchange: bool = True) -> None:
    """Put the staging folder at ``out``; the old ``out`` (if any) is removed afterwards."""
    _fsync_dir(stage)
    if not out.exists():
        os.rename(stage, out)
    elif exchange and _exchange(stage, out):
        shutil.rmtree(stage)  # now the old output
    else:
        old = Path(tempfile.mkdtemp(dir=out.parent, prefix=_sibling(out, "old-")))
        os.rmdir(old)
        os.rename(out, old)
        os.rename(stage, out)
        shutil.rmtree(old)
    _fsync_dir(out.parent)


@contextlib.contextmanager
def replacing(out: str | os.PathLike) -> Iterator[Stage]:
    """Lock ``out``, give a staging folder to write the build into, and swap it in whole on success.

    Raises :class:`OutputError` before any work when ``out`` cannot be written or is being
    written by another build, and when a write fails (full disk): ``out`` is then left as it was.
    """
    out = Path(os.path.realpath(out))
    check_replaceable(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{out.parent}: cannot create the folder ({_message(e)})") from None
    with _locked(out):
        recover(out)
        check_replaceable(out)
        try:
            stage = Path(tempfile.mkdtemp(dir=out.parent, prefix=_sibling(out, "new-")))
            os.chmod(stage, 0o777 & ~_umask())
        except OSError as e:
            raise OutputError(f"{out}: cannot write beside it ({_message(e)}); no output was written") from None
        try:
            yield Stage(out, stage)
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise
        try:
            swap_in(stage, out)
        except OSError as e:
            recover(out)
            raise OutputError(f"{out}: cannot replace the folder ({_message(e)}); {out} is left as it was") from None


def write_build(stage: Stage, g: KnowledgeGraph, formats: Iterable[str] = (), html: bool = True,
                report: Callable[[str], None] | None = None, update: bool = False) -> None:
    """Write every output of a build into the staging folder, streaming: the quads go to a file for the
    store (one named graph per document) and the triples are sorted on disk (:mod:`kg.ntriples`); the
    store is loaded on another thread (:class:`_Loading`): the quads as they are made and sorted, the sorted
    triples while ``graph.ttl`` and ``graph.jsonld`` are made from the sorted file, which is kept as
    ``graph.nt``, and ``graph.json``; then ``graph.html`` and
    ``analyses.jsonl`` (``report`` is told, one line each, what was made and how long it took).
    ``graphs.tsv`` keeps each graph's digest and each document's key (:func:`kg.rdf.document_keys`).

    With ``update`` (``kg add``), the store starts as a copy of the one in ``OUT``. Where ``OUT`` has the
    documents' keys and ``graph.nt``, only the documents whose key changed get their quads made again and
    the store and the sorted triples are patched (:func:`_patch_build`), and ``graph.ttl`` by the blocks of
    the subjects whose triples changed (:func:`kg.rdf.patch_turtle`); else every quad is made, and only
    the graphs whose quads changed are rewritten. Without ``update``, the store is bulk-loaded whole.
    """
    from .rdf import document_graph, document_keys
    from .store import GRAPHS, STORE, can_patch, read_graphs

    clock = _Clock(report)
    keys = {document_graph(doc_id): key for doc_id, key in document_keys(g).items()}
    old = read_graphs(stage.out / GRAPHS) if update and (stage.out / STORE).is_dir() else None
    touched = None  # with a patch: the new N-Triples lines of each subject whose triples changed
    loading = None  # a new store being loaded on another thread
    if old is not None and old[1] and (stage.out / "graph.nt").is_file() and can_patch(stage.out / STORE):
        digests, count, touched = _patch_build(stage, g, keys, *old, clock)
    else:
        digests, count, loading = _full_build(stage, g, old[0] if old is not None else None, clock)
    try:
        _write_rest(stage, g, formats, html, clock, digests, keys, count, touched, loading)
    except BaseException:
        if loading is not None:
            loading.stop()  # before the stage is removed: the loader writes into it
        raise


def _write_rest(stage: Stage, g: KnowledgeGraph, formats: Iterable[str], html: bool, clock: _Clock,
                digests: dict[str, int], keys: dict[str, str], count: int, touched: dict[bytes, list[bytes]] | None,
                loading: _Loading | None) -> None:
    """:func:`write_build`'s outputs after the triples: the files made beside the store's load, then the page."""
    from .rdf import patch_turtle, write_triples
    from .store import GRAPHS, write_digests

    stage.write_file(GRAPHS, lambda path: write_digests(path, digests, keys))
    nt = stage.path / SCRATCH / "graph.nt"
    if touched is not None and (stage.out / "graph.ttl").is_file():
        stage.write_file("graph.ttl", lambda path: patch_turtle(stage.out / "graph.ttl", touched, path))
        clock.done(f"patched graph.ttl ({len(touched):,} subjects written again, {_size(stage.path / 'graph.ttl')})")
    for fmt, name in (("turtle", "graph.ttl"), ("json-ld", "graph.jsonld")):
        if (fmt == "turtle" and "graph.ttl" not in stage.written) or fmt in formats:
            stage.write_file(name, lambda path, fmt=fmt: write_triples(nt, path, fmt))
            clock.done(f"made {name} ({_size(stage.path / name)})")
    if loading is None:
        _keep_sorted(stage, nt, count, clock)
    stage.write_file("graph.json", lambda path: write_graph_json(g, path))
    clock.done(f"made graph.json ({_size(stage.path / 'graph.json')})")
    if loading is not None:  # before graph.html: the page's data and the loader's batches at once would raise the peak
        loading.join(clock)
        _keep_sorted(stage, nt, count, clock)  # once the store has read it
    if html:
        from .viz import html_pieces

        _release_freed_memory()  # what the store and the sort freed, before the page's data: the build's peak
        stage.write_file("graph.html", lambda path: _write_pieces(path, html_pieces(g)))
        clock.done(f"made graph.html ({_size(stage.path / 'graph.html')})")
    if g.analyses:
        from .analyses import FILE, write_analyses

        stage.write_file(FILE, lambda path: write_analyses(path, g.extractors, g.analyses))
        clock.done(f"made {FILE} ({_size(stage.path / FILE)})")
    shutil.rmtree(stage.path / SCRATCH)


SCRATCH = ".sorting"  # inside the stage: a killed build's leftovers go with it


def _keep_sorted(stage: Stage, nt: Path, count: int, clock: _Clock) -> None:
    stage.write_file("graph.nt", lambda path: os.rename(nt, path))  # the sorted triples: kg add merges into them
    clock.done(f"kept graph.nt ({count:,} triples, {_size(stage.path / 'graph.nt')})")


class _Loading:
    """A new store bulk-loaded on another thread while this one merges the sorted triples and writes
    ``graph.ttl``, ``graph.jsonld`` and ``graph.json``: Oxigraph's loader lets go of Python's lock as it works,
    so the two share the cores (on news-large the load took 100 s, ``graph.ttl`` and ``graph.json`` 11 s). It
    starts before the quads are made, loads them as they are written and while the triples are sorted, then
    waits for :meth:`sorted_done` to load the sorted triples. Not beside ``graph.html``: the page's data and the
    loader's batches at once raised news-large's peak from 1,628 to 1,848 MiB.
    :meth:`join` waits for it and raises its error; :meth:`stop` ends it between two blocks, when another
    output failed, before the staging folder is removed. ``load`` is given the event that tells it to stop
    and the one that tells it the sorted triples are complete; ``graphs`` (for the report) may be set later."""

    def __init__(self, stage: Stage, load: Callable[[threading.Event, threading.Event], None], graphs: int = 0):
        self.stage, self.graphs, self.error, self.seconds = stage, graphs, None, 0.0
        self._load, self._stop, self._sorted = load, threading.Event(), threading.Event()
        # a daemon: a build stopped by an error elsewhere does not wait for the load to end
        self._thread = threading.Thread(target=self._run, name="kg-store-load", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        began = time.perf_counter()
        try:
            self._load(self._stop, self._sorted)
        except BaseException as e:  # told to join()
            self.error = e
        self.seconds = time.perf_counter() - began

    def join(self, clock: _Clock) -> None:
        self._thread.join()
        if isinstance(self.error, OSError):
            raise OutputError(f"{self.stage.out}: cannot write the store ({_message(self.error)}); "
                              f"{self.stage.out} is left as it was") from None
        if self.error is not None:
            raise self.error
        clock.done(f"loaded the store ({self.graphs:,} graphs) in {self.seconds:.1f} s, beside the sort and the files "
                   "above; waited for it")

    def sorted_done(self) -> None:
        """Tell the load that the sorted triples are complete: it loads them once it has loaded the quads."""
        self._sorted.set()

    def stop(self) -> None:
        """Tell the load to stop and wait for it: nothing writes into the stage once this returns."""
        self._stop.set()
        self._thread.join()


def _release_freed_memory() -> None:
    """Give the system back the memory freed in the C heap (glibc's ``malloc_trim``; elsewhere nothing): the
    store's loader, on its own thread, allocates in a heap of its own, whose freed pages stay counted otherwise.
    On news-large's outputs the peak, in ``graph.html``, was 1,731 MiB without, 1,520 MiB with (1,628 on the
    previous version, without the thread)."""
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _full_build(stage: Stage, g: KnowledgeGraph, old: dict[str, int] | None,
                clock: _Clock) -> tuple[dict[str, int], int, _Loading | None]:
    """Every quad made and sorted, the store loaded whole, on another thread: the quads as they are written
    (a block at a time, while the next are made and the triples sorted), then the sorted triples (or, with
    ``old``, the digests of an earlier build's graphs, updated graph by graph, here, after the sort). Returns
    the graphs' digests, the number of triples and the store's load, to be joined before the sorted file is
    moved or removed."""
    from .ntriples import write_sorted_lines
    from .rdf import quad_texts
    from .store import STORE, GraphSpool, Growing, load_store, update_store

    scratch = stage.path / SCRATCH
    nt = scratch / "graph.nt"
    loading: _Loading | None = None
    try:
        try:
            scratch.mkdir()
            growing = Growing() if old is None else None
            spool = GraphSpool(scratch / "store.nq", growing)
            if old is None:  # the store loads the quads as they are written, then the sorted triples
                folder = stage.folder(STORE)
                loading = _Loading(stage, lambda stop, ready: load_store(folder, spool.path, nt, stop, ready, growing))
            try:
                # the spool closed (complete) after the last quad, before the sort's last run and merge
                count = write_sorted_lines(spool.lines(quad_texts(g)), nt, on_input_done=spool.close)
            finally:
                spool.close()
        except OSError as e:
            raise OutputError(f"{stage.out}: cannot write the triples ({_message(e)}); {stage.out} is left as it was") from None
        if loading is not None:
            loading.graphs = len(spool.digests)
            loading.sorted_done()
            clock.done(f"sorted {count:,} triples (the store's quads loading beside)")
            return spool.digests, count, loading
    except BaseException:
        if loading is not None:
            loading.stop()  # before the stage is removed: the loader writes into it
        raise
    clock.done(f"sorted {count:,} triples")
    try:
        new = spool.digests
        changed = {graph for graph, digest in new.items() if old.get(graph) != digest}
        loaded = update_store(stage.out / STORE, stage.path / STORE, spool.path, nt, changed, set(old) - set(new))
        stage.written.append(STORE)
    except OSError as e:
        raise OutputError(f"{stage.out}: cannot write the store ({_message(e)}); {stage.out} is left as it was") from None
    clock.done(f"updated the store ({len(changed):,} of {len(new):,} graphs rewritten, {loaded:,} quads)")
    return spool.digests, count, None


def _patch_build(stage: Stage, g: KnowledgeGraph, keys: dict[str, str], old: dict[str, int], old_keys: dict[str, str],
                 clock: _Clock) -> tuple[dict[str, int], int, dict[bytes, list[bytes]]]:
    """``kg add`` where the earlier build kept its documents' keys and sorted triples: quads are made only for
    the documents whose key changed (new ones, changed ones, old ones whose mentions resolution now gives to
    another entity) and for the shared graph; the store is patched by the quads that differ, and the sorted
    triples by the lines that joined or left the default graph (:func:`kg.store.patch_store`,
    :func:`kg.ntriples.patch_sorted`). The result is the full build's, quad for quad and byte for byte.
    Returns the graphs' digests, the number of triples and the new lines of each subject (``b"<iri>"``) of a
    triple that joined or left, for :func:`kg.rdf.patch_turtle`."""
    from .ntriples import patch_sorted
    from .rdf import document_graph, quad_texts
    from .store import STORE, GraphSpool, patch_store

    graph_of = {doc.id: document_graph(doc.id) for doc in g.documents}
    only = {doc_id for doc_id, graph in graph_of.items() if old_keys.get(graph) != keys[graph]}
    scratch = stage.path / SCRATCH
    try:
        scratch.mkdir()
        spool = GraphSpool(scratch / "store.nq")
        try:
            spool.write(quad_texts(g, only))
        finally:
            spool.close()
    except OSError as e:
        raise OutputError(f"{stage.out}: cannot write the triples ({_message(e)}); {stage.out} is left as it was") from None
    digests = {graph: old[graph] for doc_id, graph in graph_of.items() if doc_id not in only}
    digests.update(spool.digests)
    changed = {graph for graph, digest in spool.digests.items() if old.get(graph) != digest}
    clock.done(f"made the quads of {len(only):,} of {len(graph_of):,} documents and of the shared graph")
    try:
        patch = patch_store(stage.out / STORE, stage.path / STORE, spool.path, changed, set(old) - set(digests))
        stage.written.append(STORE)
        clock.done(f"updated the store ({len(changed):,} of {len(digests):,} graphs changed, {patch.loaded:,} quads loaded)")
        touched: dict[bytes, list[bytes]] = {line[: line.index(" ")].encode("utf-8"): []
                                             for lines in (patch.added, patch.removed) for line in lines}
        count = patch_sorted(stage.out / "graph.nt", patch.removed, patch.added, scratch / "graph.nt", touched)
    except OSError as e:
        raise OutputError(f"{stage.out}: cannot write the store ({_message(e)}); {stage.out} is left as it was") from None
    clock.done(f"merged the sorted triples ({len(patch.added):,} added, {len(patch.removed):,} removed, {count:,} in all)")
    return digests, count, touched


class _Clock:
    """Tells ``report`` how long each step took."""

    def __init__(self, report: Callable[[str], None] | None):
        self.report, self.began = report, time.perf_counter()

    def done(self, what: str) -> None:
        if self.report:
            self.report(f"{what} in {time.perf_counter() - self.began:.1f} s{peak_memory()}")
        self.began = time.perf_counter()


def peak_memory() -> str:
    """``, peak memory 1,234 MiB``: the process's peak so far (where the system tells it), for the phase lines."""
    try:
        import resource
    except ImportError:
        return ""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return f", peak memory {peak / (1 << 20 if sys.platform == 'darwin' else 1 << 10):,.0f} MiB"


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:.1f} MB"


def _write_pieces(path: Path, pieces: Iterable[str]) -> None:
    """Write text given in pieces as UTF-8, about :data:`CHUNK` bytes per write call."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        buffer: list[bytes] = []
        size = 0
        for piece in pieces:
            buffer.append(piece.encode("utf-8"))
            size += len(buffer[-1])
            if size >= CHUNK:
                _write_all(fd, b"".join(buffer))
                buffer, size = [], 0
        _write_all(fd, b"".join(buffer))
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view[:CHUNK]):]


def write_graph_json(g: KnowledgeGraph, path: str | os.PathLike) -> None:
    """The networkx graph as node-link JSON, keys sorted, written node by node (:mod:`kg.graphjson`)."""
    from .graphjson import write

    write(g, path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
