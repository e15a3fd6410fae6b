"""kg extract and kg eval-ner: the recognizer on plain sentences, measured."""
from __future__ import annotations

import io
import json

from kg.cli import main
from kg.ner_eval import score
from kg.recognize import recognize
from tests.conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "ner-sample.jsonl"  # 40 sentences of People's Daily dev


def test_recognize_gives_offsets_into_each_text():
    texts = ["郑州公交32路调度赵丽表示。", "由荥阳市艺术家联盟志愿服务队组织开展的“阳光雨露育春苗”文明实践项目开展。"]
    results = recognize(texts)
    assert [(e["text"], e["type"]) for e in results[0]] == [("郑州公交32路", "Organization"), ("赵丽", "Person")]
    assert ("阳光雨露育春苗", "Initiative") not in [(e["text"], e["type"]) for e in results[1]]
    assert ("“阳光雨露育春苗”文明实践项目", "Initiative") in [(e["text"], e["type"]) for e in results[1]]
    for text, entities in zip(texts, results):
        for e in entities:
            assert text[e["start"] : e["end"]] == e["text"]


def test_extract_reads_jsonl_and_text_lines(tmp_path, capsys, monkeypatch):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x1", "text": "荥阳市第六小学的学生们。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["extract", str(src)]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["id"] == "x1" and line["entities"] == [{"start": 0, "end": 7, "type": "Organization", "text": "荥阳市第六小学"}]
    monkeypatch.setattr("sys.stdin", io.StringIO("32路调度赵丽表示\n\n郑州市管城区\n"))
    assert main(["extract", "-", "--batch-size", "1"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["id"] for x in lines] == [1, 3]


def test_extract_with_workers_keeps_the_order(tmp_path, capsys):
    src = tmp_path / "in.txt"
    src.write_text("\n".join(["郑州市管城区", "32路调度赵丽表示", "宁波市鄞州区惠风书馆"] * 3), encoding="utf-8")
    assert main(["extract", str(src), "--workers", "2", "--batch-size", "2"]) == 0
    texts = [json.loads(x)["text"] for x in capsys.readouterr().out.splitlines()]
    assert texts == ["郑州市管城区", "32路调度赵丽表示", "宁波市鄞州区惠风书馆"] * 3


def test_eval_ner_scores_the_recognizer_and_predictions(tmp_path, capsys):
    assert main(["eval-ner", str(SAMPLE), "--json"]) == 0
    ours = json.loads(capsys.readouterr().out)
    assert 0.5 < ours["micro"]["f1"] <= 1.0
    assert set(ours) >= {"Person", "Place", "Organization", "micro", "confusion"}
    # the gold itself as predictions scores 1.0
    assert main(["eval-ner", str(SAMPLE), "--pred", str(SAMPLE), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["micro"]["f1"] == 1.0


def test_eval_ner_bad_prediction_file(tmp_path, capsys):
    bad = tmp_path / "pred.jsonl"
    bad.write_text('{"text": "a"}\n{oops\n', encoding="utf-8")
    assert main(["eval-ner", str(SAMPLE), "--pred", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "pred.jsonl:2" in err and err.count("\n") == 1


def test_score_counts_type_confusion():
    r = score([[(0, 2, "Person"), (3, 5, "Place")]], [[(0, 2, "Person"), (3, 5, "Organization"), (6, 8, "Place")]])
    assert r["micro"]["tp"] == 1 and r["micro"]["fp"] == 1 and r["micro"]["fn"] == 1  # Organization is not a gold type here
    assert r["confusion"] == {("Place", "Organization"): 1}


def test_the_trained_model_in_both_conventions():
    text = ["北京市海淀区中关村大街的联想集团今天发布新品。"]
    news = [(e["text"], e["type"]) for e in recognize(text, ["neural"])[0]]
    fine = [(e["text"], e["type"]) for e in recognize(text, ["neural-fine"])[0]]
    # People's Daily splits an address into its places; CLUENER keeps it whole
    assert news == [("北京市", "Place"), ("海淀区", "Place"), ("中关村大街", "Place"), ("联想集团", "Organization")]
    assert fine == [("北京市海淀区中关村大街", "Place"), ("联想集团", "Organization")]
