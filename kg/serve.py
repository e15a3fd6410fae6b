"""``kg serve``: a SPARQL 1.1 Protocol endpoint over a build's store, by Oxigraph's own server.

kg does not write an HTTP server: it runs ``oxigraph serve-read-only`` (the ``oxigraph``
package, MIT or Apache-2.0, ships the binary) on ``OUT/store``. Queries go to ``/query``
(GET ``?query=`` or POST), results in JSON, XML, CSV or TSV by ``Accept``; updates are
refused (the server is read-only); a query is stopped after ``timeout`` seconds. It listens
on 127.0.0.1 unless told otherwise. The kg prefixes (``schema:``, ``kg:`` …) are not
predeclared there: a query over HTTP declares its own. The store holds one named graph per
document and one of entities and facts, and their union as its default graph, which a query
reads; ``GRAPH ?g { … }`` says which document a triple comes from.

Examples:
    >>> import pathlib
    >>> command(pathlib.Path("out"), port=7878)[1:]  # what kg serve out/ runs
    ['serve-read-only', '--location', 'out/store', '--bind', '127.0.0.1:7878', '--timeout-s', '60']
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .errors import InputError, KgError
from .store import STORE


def server_binary() -> str:
    """The ``oxigraph`` binary: beside this Python (a virtual environment's bin/), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise KgError("the Oxigraph server is not installed: pip install 'oxigraph>=0.5,<0.6'")
    return found


def command(out: Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 60,
            binary: str = "oxigraph", union: bool = False) -> list[str]:
    """The command line that serves ``out``'s store; ``union`` for a store of an older kg, whose default
    graph is empty (Oxigraph then reads the union of the named graphs, three to four times slower)."""
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [binary, "serve-read-only", "--location", str(out / STORE), "--bind", bind, "--timeout-s", f"{timeout:g}",
            *(["--union-default-graph"] if union else [])]


def start(out: str | os.PathLike, host: str = "127.0.0.1", port: int = 7878, timeout: float = 60,
          wait: float = 30) -> subprocess.Popen:
    """Start the server and return once it accepts connections (or raise, with its message)."""
    out = Path(out)
    if not (out / STORE).is_dir():
        raise InputError(f"{out}: no store in this folder (run `kg build ... -o {out}` first)")
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        if probe.connect_ex((host, port)) == 0:
            raise KgError(f"{host}:{port} is already in use: choose another --port")
    log = tempfile.TemporaryFile()  # not a pipe: a server that logs must never block on it
    import pyoxigraph as ox

    from .store import has_union

    try:
        union = not has_union(ox.Store.read_only(str(out / STORE)))  # closed before the server opens it
    except OSError as e:
        raise InputError(f"{out / STORE}: cannot open the store ({str(e).splitlines()[0] if str(e) else 'unreadable'})") from None
    process = subprocess.Popen(command(out, host, port, timeout, server_binary(), union), stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            message = log.read().decode("utf-8", "replace").strip().splitlines()
            raise KgError(f"the Oxigraph server stopped: {message[-1] if message else process.returncode}")
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            if probe.connect_ex((host, port)) == 0:
                return process
        time.sleep(0.05)
    process.kill()
    raise KgError(f"the Oxigraph server did not start listening on {host}:{port} within {wait:g} s")


def serve(out: str | os.PathLike, host: str = "127.0.0.1", port: int = 7878, timeout: float = 60) -> int:
    """Serve until Ctrl-C; returns the server's exit code (0 after Ctrl-C)."""
    process = start(out, host, port, timeout)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
        return 0
