"""The output folder under faults: unwritable places, full disks, kills, stale files, two builds at once."""
from __future__ import annotations

import errno
import os
import random
import shutil
import signal
from pathlib import Path

import pytest

import kg
from kg import outputs
from kg.cli import main
from kg.outputs import output_files, recover, replacing

OLD = "本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。"
NEW = "郑州新闻\n\n本报讯(记者 郑磊)惠济区长兴路街道开展“保护湿地”活动。"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


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
    assert sorted(os.listdir(out)) == ["graph.json", "graph.ttl"]
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

    monkeypatch.setattr(outputs, "graph_json", interrupt)
    code, _, err = run(capsys, "build", "--text", NEW, "-o", out, "-q")
    assert code == 130 and "interrupted" in err
    assert snapshot(out) == before and sorted(os.listdir(tmp_path)) == ["out"]


# 5. the fault-injection test: kill the writing at random points
FAULT_POINTS = ("open", "write", "fsync", "close", "rename", "replace", "mkdir", "rmdir", "unlink", "chmod")


def _write(g, out: Path, exchange: bool) -> None:
    with replacing(out) as stage:
        for name, data in output_files(g, ["nt"], html=True):
            stage.write(name, data)


def _instrument(kill_at: int | None, exchange: bool) -> list[int]:
    """Count calls of the file-system primitives; SIGKILL this process just before call ``kill_at``."""
    count = [0]

    def wrap(fn):
        def counted(*a, **k):
            count[0] += 1
            if count[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return fn(*a, **k)
        return counted

    for name in FAULT_POINTS:
        setattr(os, name, wrap(getattr(os, name)))
    shutil.rmtree = wrap(shutil.rmtree)
    outputs._exchange = wrap(outputs._exchange if exchange else lambda a, b: False)
    return count


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_a_build_killed_anywhere_leaves_old_or_new_output_never_a_mix(tmp_path, exchange):
    old_g, new_g = kg.build(OLD), kg.build(NEW)
    out = tmp_path / "out"
    _write(old_g, out, exchange)
    old = snapshot(out)
    reference = tmp_path / "reference"
    _write(new_g, reference, exchange)
    new = snapshot(reference)
    shutil.rmtree(reference)
    assert old != new and set(old) == set(new)

    def child(kill_at: int | None) -> int:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the build that gets killed
            os.close(read)
            count = _instrument(kill_at, exchange)
            try:
                _write(new_g, out, exchange)
                n = str(count[0]).encode()
                os.write(write, n)
            finally:
                os._exit(0)
        os.close(write)
        _, status = os.waitpid(pid, 0)
        with os.fdopen(read) as f:
            reported = f.read()
        return int(reported) if reported else -os.WTERMSIG(status)

    total = child(None)  # a run without a kill counts the points
    assert total >= 20, total
    assert snapshot(out) == new
    _write(old_g, out, exchange)
    points = sorted({1, 2, total} | set(random.Random(10).sample(range(1, total + 1), min(total, 28))))
    seen = set()
    for k in points:
        assert child(k) == -signal.SIGKILL, f"not killed at point {k} of {total}"
        recover(out)  # what the next build or reader does first
        found = snapshot(out)
        assert found in (old, new), f"killed at point {k} of {total}: a mix of old and new output"
        left = sorted(p.name for p in tmp_path.iterdir() if p.name != ".out.kg-lock")
        assert left == ["out"], f"killed at point {k}: left {left}"
        seen.add("old" if found == old else "new")
        if found == new:
            _write(old_g, out, exchange)
    assert seen == {"old", "new"} and len(points) >= 20


def test_readers_finish_a_swap_killed_between_its_two_renames(tmp_path, capsys):
    out = tmp_path / "out"
    assert run(capsys, "build", "--text", OLD, "-o", out, "-q")[0] == 0
    os.rename(out, tmp_path / ".out.kg-old-x1")  # the first rename of the fallback swap, then a kill
    code, stdout, err = run(capsys, "stats", out, "--json")
    assert code == 0, err
    assert sorted(os.listdir(tmp_path)) == ["out"]
