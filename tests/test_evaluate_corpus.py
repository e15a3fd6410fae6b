"""`kg eval` on a folder of gold files: one row per file, micro totals, held-out files apart."""
from __future__ import annotations

import json

import pytest

from kg.cli import main
from tests.conftest import ROOT

SHARED = ROOT.parent / "shared"


def write_gold(folder, name, text, entities, articles):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = {"text_file": f"{name}.txt", "articles": articles, "entities": entities, "relations": []}
    (folder / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def gold_folder(tmp_path):
    write_gold(tmp_path, "a", "本报讯(记者 张明)王红在海淀区参观。",
               [{"id": "p1", "type": "Person", "name": "王红"}, {"id": "p2", "type": "Person", "name": "张明"},
                {"id": "pl", "type": "Place", "name": "海淀区"}],
               [{"index": 1, "headline": "", "reporters": ["张明"]}])
    write_gold(tmp_path, "b", "李华在朝阳区工作。",
               [{"id": "p1", "type": "Person", "name": "李华"}, {"id": "x", "type": "Organization", "name": "不存在公司"}],
               [{"index": 1, "headline": ""}])
    return tmp_path


def test_a_gold_folder_gives_a_row_per_file_and_totals_apart(gold_folder, capsys):
    assert main(["eval", str(gold_folder), "--held-out", "b"]) == 0
    out = capsys.readouterr().out
    rows = [line.split()[0] for line in out.splitlines()[1:3]]
    assert rows == ["a", "b"]
    assert "worked on: 1 file(s)" in out and "held out (*): 1 file(s)" in out


def test_verbose_never_lists_the_held_out_files_errors(gold_folder, capsys):
    assert main(["eval", str(gold_folder), "--held-out", "b", "-v"]) == 0
    out = capsys.readouterr().out
    assert "不存在公司" not in out          # b's miss stays unseen


def test_json_totals_per_file(gold_folder, capsys):
    assert main(["eval", str(gold_folder), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["b"]["entities"]["Organization"]["fn"] == 1 and data["b"]["held_out"] is False


def test_unknown_held_out_name_and_graph_with_folder_are_errors(gold_folder, capsys):
    assert main(["eval", str(gold_folder), "--held-out", "zz"]) == 1
    assert "zz" in capsys.readouterr().err
    assert main(["eval", str(gold_folder), str(gold_folder)]) == 1
    assert "--texts" in capsys.readouterr().err


@pytest.mark.skipif(not (SHARED / "gold" / "corpus").is_dir(), reason="../shared/gold/corpus is absent")
def test_the_shared_corpus_scores(capsys):
    folder = SHARED / "gold" / "corpus"
    assert main(["eval", str(folder), "--texts", str(SHARED / "corpus" / "news"), "--held-out", "03,08,12,16,20"]) == 0
    out = capsys.readouterr().out
    assert "worked on: 16 file(s)" in out and "held out (*): 5 file(s)" in out


def test_a_gold_name_missing_from_its_text_is_a_warning(tmp_path, capsys):
    write_gold(tmp_path, "c", "李华在朝阳区工作。",
               [{"id": "p1", "type": "Person", "name": "李华", "aliases": ["小李"]}], [{"index": 1, "headline": ""}])
    assert main(["eval", str(tmp_path)]) == 0
    assert "c.gold.json: not in its text: alias 小李" in capsys.readouterr().err


def test_a_gold_quantity_given_as_a_range_is_scored_not_a_crash(tmp_path, capsys):
    write_gold(tmp_path, "a", "本报讯(记者 张明)王红在海淀区为3至15岁的儿童发放轮椅120辆。",
               [{"id": "p1", "type": "Person", "name": "王红"}], [{"index": 1, "headline": ""}])
    gold = json.loads((tmp_path / "a.gold.json").read_text(encoding="utf-8"))
    gold["quantities"] = [{"value": "3至15", "surface": "3至15岁", "article": 1, "optional": True},
                          {"value": "120", "surface": "轮椅120辆", "article": 1}]
    (tmp_path / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["a"]["quantities"]["tp"] == 1
