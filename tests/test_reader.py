"""What kg reads and what it refuses: paths are paths, text is text, ids and dates are checked."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.cli import main
from kg.errors import InputError, InputTypeError
from tests.conftest import EXAMPLE

TEXT = "本报讯(记者 王思俊)管城区构建网。"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _jsonl(path: Path, *records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


# 1. a mistyped path is an error, never text, and the good output stays
@pytest.mark.parametrize("typo", ["examples/zhengzhou-daily-page.tx", "examples/missing-folder", "news.md"])
def test_a_missing_path_is_an_error_and_the_old_output_stays(tmp_path, capsys, typo):
    out = tmp_path / "out"
    assert run(capsys, "build", EXAMPLE, "-o", out, "-q")[0] == 0
    before = (out / "graph.ttl").read_bytes()
    code, _, err = run(capsys, "build", tmp_path / typo, "-o", out, "-q")
    assert code == 1 and "no such file or folder" in err and err.count("\n") == 1
    assert (out / "graph.ttl").read_bytes() == before


def test_text_comes_from_stdin_or_text_option(tmp_path, capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("gbk"))))
    code, out, err = run(capsys, "build", "-", "-o", tmp_path / "a")
    assert code == 0, err
    code, out, err = run(capsys, "build", "--text", TEXT, "-o", tmp_path / "b")
    assert code == 0, err
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()
    assert "王思俊" in (tmp_path / "a" / "graph.ttl").read_text(encoding="utf-8")
    code, _, err = run(capsys, "build", "-o", tmp_path / "c")
    assert code == 1 and "give an INPUT" in err


def test_library_str_is_text_and_path_is_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("郑州市").write_text("本报讯(记者 李四)惠济区开展活动。", encoding="utf-8")
    g = kg.build("郑州市")  # a file of that name is not read
    assert g.documents[0].text == "郑州市"
    assert kg.build(Path("郑州市")).documents[0].text.startswith("本报讯")
    with pytest.raises(InputTypeError, match=r"pass pathlib.Path\('page.txt'\)"):
        kg.build("page.txt")
    assert kg.build(text="page.txt").documents[0].text == "page.txt"


# 11. types the library does not read say so; bytes and records are read
@pytest.mark.parametrize("value", [None, 123, 1.5, object(), [None]])
def test_library_refuses_other_types_clearly(value):
    with pytest.raises(InputTypeError, match="cannot read"):
        kg.build(value)
    with pytest.raises(TypeError):  # also a TypeError, for those who catch that
        kg.build(value)


def test_library_reads_bytes_and_records():
    assert kg.build(TEXT.encode("gbk")).documents[0].text == TEXT
    g = kg.build({"text": TEXT, "id": "a1", "date": "2022-03-28"})
    assert (g.documents[0].id, g.documents[0].text, g.documents[0].date) == ("a1", TEXT, "2022-03-28")
    with pytest.raises(InputError, match='"text" string'):
        kg.build({"body": TEXT})


# 2. two different documents with one id
def test_duplicate_ids_are_an_error(tmp_path, capsys):
    corpus = _jsonl(tmp_path / "c.jsonl", {"id": 1, "text": TEXT}, {"id": 1, "text": "本报讯(记者 郑磊)惠济区开展活动。"})
    code, _, err = run(capsys, "build", corpus, "-o", tmp_path / "o", "-q")
    assert code == 1 and "id '1'" in err and "c.jsonl:2" in err and "c.jsonl:1" in err
    other = _jsonl(tmp_path / "d.jsonl", {"id": "1", "text": "本报讯(记者 李四)中原区开展活动。"})
    with pytest.raises(InputError, match="already the id of a different document"):
        kg.build([tmp_path / "c.jsonl", other])


def test_the_same_document_twice_is_read_once(tmp_path):
    a = _jsonl(tmp_path / "a.jsonl", {"id": "x", "text": TEXT})
    b = _jsonl(tmp_path / "b.jsonl", {"id": "x", "text": TEXT})
    assert len(kg.build([a, b]).documents) == 1


# 3. ids that are not plain strings
@pytest.mark.parametrize("doc_id", ["a b", "<x>", "第5版/要闻#1", "%41"])
def test_ids_with_any_characters_build_valid_rdf(tmp_path, capsys, doc_id):
    corpus = _jsonl(tmp_path / "c.jsonl", {"id": doc_id, "text": TEXT})
    code, _, err = run(capsys, "build", corpus, "-o", tmp_path / "o", "-q")
    assert code == 0, err
    code, out, err = run(capsys, "query", tmp_path / "o", "-e", "SELECT ?i WHERE { ?d a kg:Document ; schema:identifier ?i }",
                         "--format", "csv")
    assert code == 0 and out.splitlines()[1:] == [doc_id]


def test_ids_with_escapes_get_distinct_iris():
    a = kg.build({"id": "a b", "text": TEXT}).query("SELECT ?d WHERE { ?d a kg:Document }")
    b = kg.build({"id": "a%20b", "text": TEXT}).query("SELECT ?d WHERE { ?d a kg:Document }")
    assert a != b


@pytest.mark.parametrize("doc_id, message", [
    ('{"a": 1}', "not a dict"), ("[1]", "not a list"), ("true", "not true/false"), ("1.5", "fraction"),
    ("9" * 5000, "digits"), ('"' + "x" * 300 + '"', "300 characters"), ('""', "empty"), ('"a\\tb"', "control"),
])
def test_bad_ids_are_one_line_errors(tmp_path, capsys, doc_id, message):
    line = '{"id": ' + doc_id + ', "text": "' + TEXT + '"}'
    (tmp_path / "c.jsonl").write_text(line + "\n", encoding="utf-8")
    code, _, err = run(capsys, "build", tmp_path / "c.jsonl", "-o", tmp_path / "o", "-q")
    assert code == 1 and message in err and "c.jsonl:1" in err and err.count("\n") == 1


def test_a_deeply_nested_id_is_an_error(tmp_path, capsys):
    (tmp_path / "c.jsonl").write_text('{"id": ' + "[" * 100000 + "]" * 100000 + f', "text": "{TEXT}"}}\n', encoding="utf-8")
    code, _, err = run(capsys, "build", tmp_path / "c.jsonl", "-o", tmp_path / "o", "-q")
    assert code == 1 and "c.jsonl:1" in err and err.count("\n") == 1


def test_a_record_cut_short_says_so_in_plain_words(tmp_path, capsys):
    whole = json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False)
    (tmp_path / "c.jsonl").write_text(whole + "\n" + whole[:30] + "\n", encoding="utf-8")
    code, _, err = run(capsys, "build", tmp_path / "c.jsonl", "-o", tmp_path / "o", "-q")
    assert code == 1 and err.count("\n") == 1 and not (tmp_path / "o").exists()
    assert "c.jsonl:2: malformed JSON (Unterminated string starting at column" in err and "at at" not in err


# 12. dates are checked
@pytest.mark.parametrize("date", ["not-a-date", 20220328, "2022-13-01", "28.03.2022"])
def test_a_bad_jsonl_date_is_an_error(tmp_path, capsys, date):
    corpus = _jsonl(tmp_path / "c.jsonl", {"text": TEXT, "date": date})
    code, _, err = run(capsys, "build", corpus, "-o", tmp_path / "o", "-q")
    assert code == 1 and '"date"' in err and "c.jsonl:1" in err


# a folder with a bad file: --keep-going builds the rest and names it
def test_keep_going_builds_the_good_files_and_names_the_bad(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02binary")
    _jsonl(folder / "c.jsonl", {"id": "c1", "text": "本报讯(记者 郑磊)惠济区开展活动。"}, {"id": "c2", "text": ""})
    code, _, err = run(capsys, "build", folder, "-o", tmp_path / "o", "-q")
    assert code == 1 and not (tmp_path / "o").exists()
    code, out, err = run(capsys, "build", folder, "-o", tmp_path / "o", "-q", "--keep-going")
    assert code == 1
    assert "b.txt: binary data" in err and "c.jsonl:2: empty text" in err and "2 input(s) skipped" in err
    ttl = (tmp_path / "o" / "graph.ttl").read_text(encoding="utf-8")
    assert "王思俊" in ttl and "郑磊" in ttl


# 9. big files are read line by line, in parts; long lines cost linear time
def test_a_big_text_file_is_read_in_parts_at_blank_lines(tmp_path, monkeypatch):
    from kg import reader

    monkeypatch.setattr(reader, "BIG_FILE", 1000)
    monkeypatch.setattr(reader, "PART", 300)
    paragraphs = [f"本报讯(记者 王思俊)第{i}个社区开展活动,志愿者{i}人参加。" for i in range(60)]
    text = "\n\n".join(paragraphs) + "\n"
    (tmp_path / "big.txt").write_bytes(text.encode("gbk"))
    docs = kg.build(tmp_path / "big.txt").documents
    assert len(docs) > 3
    assert "\n".join(d.text for d in docs) + "\n" == text  # nothing lost, nothing doubled
    assert docs[0].source == f"{tmp_path / 'big.txt'}#1-{docs[0].text.count(chr(10)) + 1}"


def test_a_too_long_line_in_a_big_file_is_an_error(tmp_path, monkeypatch, capsys):
    from kg import reader, text

    monkeypatch.setattr(reader, "BIG_FILE", 10)
    monkeypatch.setattr(text, "MAX_LINE", 1000)
    (tmp_path / "big.txt").write_text("郑州" * 3000, encoding="utf-8")
    code, _, err = run(capsys, "build", tmp_path / "big.txt", "-o", tmp_path / "o", "-q")
    assert code == 1 and "longer than 1000 characters" in err
