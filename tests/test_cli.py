"""The command line, as a user types it: exit codes, messages, files."""
from __future__ import annotations

import json

import pytest

from kg.cli import main
from tests.conftest import EXAMPLE, GOLD, ROOT


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_build_writes_the_graph_files(example_out):
    for name in ("graph.ttl", "graph.json", "graph.html"):
        assert (example_out / name).stat().st_size > 0
    data = json.loads((example_out / "graph.json").read_text(encoding="utf-8"))
    assert any(n["type"] == "Article" for n in data["nodes"])


def test_build_extra_formats_and_summary(tmp_path, capsys):
    code, out, err = run(capsys, "build", EXAMPLE, "-o", tmp_path, "--format", "nt", "--format", "json-ld", "--no-html")
    assert code == 0
    assert "11 article(s)" in out
    assert (tmp_path / "graph.nt").exists() and (tmp_path / "graph.jsonld").exists()
    assert not (tmp_path / "graph.html").exists()


def test_query_prints_a_table_and_csv(example_out, capsys):
    code, out, _ = run(capsys, "query", example_out, ROOT / "queries" / "article-reporters.rq")
    assert code == 0 and "王思俊" in out and "(11 rows)" in out
    code, out, _ = run(capsys, "query", example_out, "-e", "SELECT ?n WHERE { ?p schema:name ?n ; a schema:Person } ORDER BY ?n LIMIT 2", "--format", "csv")
    assert code == 0 and out.splitlines()[0] == "n" and len(out.splitlines()) == 3


def test_stats(example_out, capsys):
    code, out, _ = run(capsys, "stats", example_out, "--json")
    stats = json.loads(out)
    assert code == 0 and stats["articles"] == 11 and stats["entities.Person"] >= 21


def test_eval_meets_the_end_to_end_targets(example_out, capsys):
    code, out, _ = run(capsys, "eval", GOLD, example_out, "--json")
    r = json.loads(out)
    assert code == 0
    assert r["articles"]["tp"] == 11 and r["articles"]["fn"] == 0
    assert r["bylines"]["tp"] == 21 and r["bylines"]["fn"] == 0 and r["bylines"]["fp"] == 0
    assert r["entities"]["micro"]["f1"] >= 0.85


def _one_line_error(code, out, err):
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("kg ") and "Traceback" not in err


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty input"),
        (b"   \n\n", "empty input"),
        (b"\x00\x01binary\x00", "binary"),
        (b"\xff\xfe\x00\x00\x81", "not valid UTF-32"),
    ],
)
def test_bad_text_inputs_fail_cleanly_and_write_nothing(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "build", bad, "-o", out_dir, "-q")
    _one_line_error(code, out, err)
    assert message in err
    assert not out_dir.exists() or not any(out_dir.iterdir())


def test_undecodable_text_is_an_error(tmp_path, capsys):
    bad = tmp_path / "latin.txt"
    bad.write_bytes(b"\x80\x80\x80 abc \xff\xff\xff")
    code, out, err = run(capsys, "build", bad, "-o", tmp_path / "o", "-q")
    _one_line_error(code, out, err)
    assert "encoding" in err


def test_malformed_jsonl_names_the_line(tmp_path, capsys):
    bad = tmp_path / "corpus.jsonl"
    bad.write_text('{"text": "本报讯(记者 王思俊)管城区构建网。"}\n{"text": "truncated\n', encoding="utf-8")
    code, out, err = run(capsys, "build", bad, "-o", tmp_path / "o", "-q")
    _one_line_error(code, out, err)
    assert "corpus.jsonl:2" in err


def test_jsonl_corpus_builds_with_ids(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a1", "text": "本报讯(记者 王思俊)管城区构建网。"}, ensure_ascii=False) + "\n\n"
        + json.dumps({"id": "a2", "text": "本报讯(记者 郑磊)惠济区开展活动。", "date": "2022-03-28"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "build", corpus, "-o", tmp_path / "o", "-q")
    assert code == 0, err
    code, out, _ = run(capsys, "stats", tmp_path / "o", "--json")
    assert json.loads(out)["documents"] == 2


def test_missing_path_and_invalid_sparql(tmp_path, capsys, example_out):
    code, out, err = run(capsys, "build", tmp_path / "nope.txt", "-o", tmp_path / "o", "-q")
    _one_line_error(code, out, err)
    assert "no such file" in err
    code, out, err = run(capsys, "query", example_out, "-e", "SELEC ?x WHERE {")
    _one_line_error(code, out, err)
    assert "invalid SPARQL" in err
    code, out, err = run(capsys, "query", tmp_path, "-e", "SELECT * WHERE { ?s ?p ?o }")
    _one_line_error(code, out, err)


def test_help_explains_with_examples(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "kg build examples/zhengzhou-daily-page.txt -o out/" in out


def test_query_by_shipped_name_and_list(example_out, capsys):
    code, out, _ = run(capsys, "query", "--list")
    assert code == 0 and "people-and-organizations" in out and "People and the organizations" in out
    code, out, _ = run(capsys, "query", example_out, "people-and-organizations", "--format", "tsv")
    assert code == 0 and out.splitlines()[0] == "person\torganization\trole\tevidence"


def test_workers_give_the_same_bytes(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    texts = ["本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。", "本报讯(记者 郑磊)惠济区长兴路街道开展“保护湿地”活动。",
             "郑州公交32路调度赵丽表示,车队开展志愿服务。", "荥阳市艺术家联盟志愿服务队队长王路易带队走进荥阳市第六小学。",
             "新密市项目总投资7.8亿元,亚投行贷款郑州市农村公路灾后恢复重建项目开工。"]
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)),
                      encoding="utf-8")
    for n in (1, 2, 3):
        code, _, err = run(capsys, "build", corpus, "-o", tmp_path / f"w{n}", "-q", "--workers", n, "--format", "nt")
        assert code == 0, err
    for name in ("graph.ttl", "graph.nt", "graph.json", "graph.html"):
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes() == (tmp_path / "w3" / name).read_bytes(), name


def test_a_dask_cluster_gives_the_same_bytes(tmp_path, capsys):
    distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (pip install 'kg[dask]')")
    corpus = tmp_path / "c.jsonl"
    texts = ["本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。", "本报讯(记者 郑磊)惠济区长兴路街道开展“保护湿地”活动。",
             "郑州公交32路调度赵丽表示,车队开展志愿服务。"]
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)),
                      encoding="utf-8")
    assert run(capsys, "build", corpus, "-o", tmp_path / "one", "-q")[0] == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        code, _, err = run(capsys, "build", corpus, "-o", tmp_path / "dask", "-q", "--scheduler", cluster.scheduler_address)
    assert code == 0, err
    for name in ("graph.ttl", "graph.json", "graph.html", "analyses.jsonl"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code, _, err = run(capsys, "build", corpus, "-o", tmp_path / "x", "-q", "--scheduler", "tcp://127.0.0.1:1")
    assert code == 1 and "cannot reach the Dask scheduler" in err


def test_a_long_build_reports_each_phase(tmp_path, capsys):
    corpus = tmp_path / "two.jsonl"
    corpus.write_text('{"id": "a", "text": "张三在郑州市调研。"}\n{"id": "b", "text": "李四在开封市考察。"}\n', encoding="utf-8")
    code, out, err = run(capsys, "build", corpus, "-o", tmp_path / "out")
    assert code == 0
    assert "kg: analysed 2 document(s)" in err and "kg: made graph.ttl" in err and "kg: loaded the store" in err
    code, out, err = run(capsys, "build", corpus, "-o", tmp_path / "out", "-q")
    assert err == ""


def test_the_command_runs_numpy_on_one_blas_thread_unless_told_otherwise():
    import subprocess
    import sys

    code = "import os, kg.cli; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env = {k: v for k, v in __import__("os").environ.items() if k != "OPENBLAS_NUM_THREADS"}
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout.strip() == "1"
    env["OPENBLAS_NUM_THREADS"] = "4"
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout.strip() == "4"
