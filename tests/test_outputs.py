"""The output folder under faults: unwritable places, full disks, kills, stale files, two builds at once."""
from __future__ import annotations

import errno
import os
import random
import signal
from pathlib import Path

import pytest

import kg
from kg import outputs
from kg.cli import main
from kg.outputs import recover, replacing, write_build

OLD = "本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。"
NEW = "郑州新闻\n\n本报讯(记者 郑磊)惠济区长兴路街道开展“保护湿地”活动。"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, object]:
    """The exports' bytes, and the store's triples (its files are a database, not byte-identical)."""
    import pyoxigraph as ox

    found: dict[str, object] = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
    if (folder / "store").is_dir():
        store = ox.Store.read_only(str(folder / "store"))
        found["store"] = sorted(map(str, store))
        del store
    return found


def _one_line(code, err):
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err


# 4. unwritable output: one line, before the work where it can be known
def test_a_file_where_the_folder_should_be(tmp_path, capsys):
    (tmp_path / "f").write_text("x")
    code, _, err = run(capsys, "build", "--text", OLD, "-o", tmp_path / "f", "-q")
    _one_line(code, err)
    assert "exists and is not a folder" in err
    code, _, err = run(capsys, "build", "--text", OLD, "-o", tmp_path / "f" / "out", "-q")
    _one_line(code, err)
    assert "cannot create the folder" in err or "not a folder" in err


def test_a_folder_with_other_files_is_never_replaced(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    (out / "graph.ttl").mkdir()  # a folder where kg writes a file
    code, _, err = run(capsys, "build", "--text", OLD, "-o", out, "-q")
    _one_line(code, err)
    assert "graph.ttl/, notes.txt" in err and "kg did not write" in err
    assert (out / "notes.txt").read_text() == "mine"


def test_a_read_only_parent_is_refused_before_the_work(tmp_path, capsys, monkeypatch):
    def refuse(path, *a, **k):
        if str(path).endswith(".kg-lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *a, **k)

    real_open = os.open
    monkeypatch.setattr(os, "open", refuse)
    monkeypatch.setattr(kg.pipeline, "read_inputs", lambda *a, **k: pytest.fail("built before checking the output"))
    code, _, err = run(capsys, "build", "--text", OLD, "-o", tmp_path / "out", "-q")
    _one_line(code, err)
    assert "cannot write beside it (Permission denied)" in err


def test_a_full_disk_leaves_the_old_output(tmp_path, capsys, monkeypatch):
    out = tmp_path / "out"
    assert run(capsys, "build", "--text", OLD, "-o", out, "-q")[0] == 0
    before = snapshot(out)
    real_write = os.write

    def full(fd, data):
        if len(data) > 100_000:  # the HTML
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    code, _, err = run(capsys, "build", "--text", NEW, "-o", out, "-q")
    _one_line(code, err)
    assert "cannot write graph.html (No space left on device)" in err and "left as it was" in err
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


# 6. a rebuild with fewer formats leaves no stale files
def test_stale_outputs_are_gone(tmp_path, capsys):
    out = tmp_path / "out"
    assert run(capsys, "build", "--text", OLD, "-o", out, "-q", "--format", "nt", "--format", "json-ld")[0] == 0
    assert {"graph.nt", "graph.jsonld", "graph.html"} <= set(os.listdir(out))
    assert run(capsys, "build", "--text", NEW, "-o", out, "-q", "--no-html")[0] == 0
    assert sorted(os.listdir(out)) == ["analyses.jsonl", "graph.json", "graph.nt", "graph.ttl", "graphs.tsv", "store"]
    assert "郑磊" in (out / "graph.ttl").read_text(encoding="utf-8")


# two builds into one folder at once
def test_a_second_build_into_the_same_folder_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    with outputs._locked(Path(os.path.realpath(out))):
        code, _, err = run(capsys, "build", "--text", OLD, "-o", out, "-q")
    _one_line(code, err)
    assert f"process {os.getpid()}" in err and "another kg build" in err
    assert not out.exists()
    assert run(capsys, "build", "--text", OLD, "-o", out, "-q")[0] == 0  # the lock is gone with its holder


def test_an_interrupted_build_leaves_the_old_output(tmp_path, capsys, monkeypatch):
    out = tmp_path / "out"
    assert run(capsys, "build", "--text", OLD, "-o", out, "-q")[0] == 0
    before = snapshot(out)

    def interrupt(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(outputs, "write_graph_json", interrupt)
    code, _, err = run(capsys, "build", "--text", NEW, "-o", out, "-q")
    assert code == 130 and "interrupted" in err
    assert snapshot(out) == before and sorted(os.listdir(tmp_path)) == ["out"]


def test_a_failed_output_stops_the_stores_load_and_leaves_no_stage(tmp_path, capsys, monkeypatch):
    """graph.json fails (a full disk) while the store is still loading on its thread: the load is told to stop
    and waited for before the staging folder is removed, so nothing is left beside OUT and no kg thread runs."""
    import threading

    from kg import store

    out = tmp_path / "out"
    monkeypatch.setattr(store, "LOAD_BYTES", 64)  # many small blocks: the load is still going when graph.json fails
    loading = []
    real_load = store.load_store

    def load(*a, **k):
        loading.append(True)
        real_load(*a, **k)

    monkeypatch.setattr(store, "load_store", load)

    def full(g, path):
        while not loading:
            threading.Event().wait(0.01)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs, "write_graph_json", full)
    code, _, err = run(capsys, "build", "--text", NEW * 20, "-o", out, "-q")
    _one_line(code, err)
    assert "cannot write graph.json (No space left on device)" in err
    assert not [t for t in threading.enumerate() if t.name.startswith("kg-")]
    assert sorted(os.listdir(tmp_path)) == []


def test_a_sort_that_fails_while_the_store_loads_leaves_the_old_output(tmp_path, capsys, monkeypatch):
    """The store loads the quads while the triples' runs are merged: a full disk in the merge stops the load,
    which is waited for before the staging folder is removed; OUT is as it was, one line says why."""
    import threading

    from kg import ntriples, store

    out = tmp_path / "out"
    assert run(capsys, "build", "--text", OLD, "-o", out, "-q")[0] == 0
    before = snapshot(out)
    loading = threading.Event()
    load_blocks = store._bulk_load_blocks

    def load(*a, **k):
        loading.set()
        return load_blocks(*a, **k)

    def full(lines):
        assert loading.wait(10)
        raise OSError(errno.ENOSPC, "No space left on device")
        yield

    monkeypatch.setattr(ntriples, "RUN", 20)
    monkeypatch.setattr(store, "LOAD_BYTES", 64)  # many small blocks: the load is still going when the merge fails
    monkeypatch.setattr(store, "_bulk_load_blocks", load)
    monkeypatch.setattr(ntriples, "_unique", full)
    code, _, err = run(capsys, "build", "--text", NEW * 20, "-o", out, "-q")
    _one_line(code, err)
    assert "cannot write the triples (No space left on device)" in err and "left as it was" in err
    assert not [t for t in threading.enumerate() if t.name.startswith("kg-")]
    assert snapshot(out) == before and sorted(os.listdir(tmp_path)) == ["out"]


@pytest.mark.parametrize("fails", ["N-Quads", "N-Triples"])
def test_a_store_that_fails_to_load_leaves_the_old_output(tmp_path, capsys, monkeypatch, fails):
    """A full disk under the store's load, in the quads (beside the sort) or in the sorted triples: one line,
    OUT as it was, nothing left beside it."""
    from kg import ntriples, store

    out = tmp_path / "out"
    assert run(capsys, "build", "--text", OLD, "-o", out, "-q")[0] == 0
    before = snapshot(out)
    load_blocks = store._bulk_load_blocks

    def load(s, path, format, *a, **k):
        if str(format) == fails:
            raise OSError(errno.ENOSPC, "No space left on device")
        return load_blocks(s, path, format, *a, **k)

    monkeypatch.setattr(ntriples, "RUN", 20)
    monkeypatch.setattr(store, "_bulk_load_blocks", load)
    code, _, err = run(capsys, "build", "--text", NEW * 5, "-o", out, "-q")
    _one_line(code, err)
    assert "cannot write the store (No space left on device)" in err and "left as it was" in err
    assert snapshot(out) == before and sorted(os.listdir(tmp_path)) == ["out"]


# 5. the fault-injection test: kill the writing at random points. Each killed build is its own
# process (RocksDB, under the store, must not be used in a child forked after the parent used it).
KILLED_BUILD = """
import os, pickle, shutil, signal, sys
from kg import outputs

out, data, kill_at, exchange = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
with open(data, "rb") as f:
    g = pickle.load(f)
count = [0]

def wrap(fn):
    def counted(*a, **k):
        count[0] += 1
        if count[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return fn(*a, **k)
    return counted

for name in ("open", "write", "fsync", "close", "rename", "replace", "mkdir", "rmdir", "unlink", "chmod"):
    setattr(os, name, wrap(getattr(os, name)))
shutil.rmtree = wrap(shutil.rmtree)
outputs._exchange = wrap(outputs._exchange if exchange else lambda a, b: False)
with outputs.replacing(out) as stage:
    outputs.write_build(stage, g, ["nt"], html=True)
n = count[0]
sys.stdout.write(str(n))
"""


def _write(g, out: Path) -> None:
    with replacing(out) as stage:
        write_build(stage, g, ["nt"], html=True)


@pytest.mark.parametrize("exchange, n_points", [(True, 24), (False, 20)], ids=["renameat2", "two-renames"])
def test_a_build_killed_anywhere_leaves_old_or_new_output_never_a_mix(tmp_path, exchange, n_points):
    import pickle
    import subprocess
    import sys

    old_g, new_g = kg.build(OLD), kg.build(NEW)
    out = tmp_path / "out"
    _write(old_g, out)
    old = snapshot(out)
    data = tmp_path / "new.pickle"
    data.write_bytes(pickle.dumps(new_g))

    def build(kill_at: int) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", KILLED_BUILD, str(out), str(data), str(kill_at), str(int(exchange))],
                              capture_output=True, text=True, cwd=Path(kg.__file__).parent.parent)

    done = build(0)  # a run without a kill counts the points
    assert done.returncode == 0, done.stderr
    total = int(done.stdout)
    new = snapshot(out)
    assert total >= 20 and new != old and set(new) == set(old)
    _write(old_g, out)
    points = sorted({1, 2, total} | set(random.Random(10).sample(range(1, total + 1), min(total, n_points))))
    seen = set()
    for k in points:
        killed = build(k)
        assert killed.returncode == -signal.SIGKILL, f"not killed at point {k} of {total}: {killed.stderr}"
        recover(out)  # what the next build or reader does first
        found = snapshot(out)
        assert found in (old, new), f"killed at point {k} of {total}: a mix of old and new output"
        left = sorted(p.name for p in tmp_path.iterdir() if p.name not in (".out.kg-lock", "new.pickle"))
        assert left == ["out"], f"killed at point {k}: left {left}"
        seen.add("old" if found == old else "new")
        if found == new:
            _write(old_g, out)
    assert seen == {"old", "new"} and len(points) >= n_points


def test_readers_finish_a_swap_killed_between_its_two_renames(tmp_path, capsys):
    out = tmp_path / "out"
    assert run(capsys, "build", "--text", OLD, "-o", out, "-q")[0] == 0
    os.rename(out, tmp_path / ".out.kg-old-x1")  # the first rename of the fallback swap, then a kill
    code, stdout, err = run(capsys, "stats", out, "--json")
    assert code == 0, err
    assert sorted(os.listdir(tmp_path)) == ["out"]


def test_temporary_files_of_an_older_killed_build_do_not_block_and_are_gone(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("<x:a> <x:b> <x:c> .\n")
    (out / ".graph.ttl.abc123.tmp").write_text("half")
    assert run(capsys, "build", "--text", OLD, "-o", out, "-q")[0] == 0
    assert not (out / ".graph.ttl.abc123.tmp").exists() and "王思俊" in (out / "graph.ttl").read_text(encoding="utf-8")
