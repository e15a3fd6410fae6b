"""Word boundaries and POS tags: kg's fast cut is jieba's posseg cut, word for word."""
from __future__ import annotations

import json
from pathlib import Path

import jieba.posseg

from kg.words import clause_words, pos_cut, words

DATA = Path(__file__).parent / "data"
PAGE = Path(__file__).parent.parent / "examples" / "zhengzhou-daily-page.txt"


def texts() -> list[str]:
    sample = [json.loads(line)["text"] for line in (DATA / "ner-sample.jsonl").open(encoding="utf-8")]
    odd = ["", " ", "abc 12.5% ＡＢＣ", "\n\t中文 English 123 混合", "😀表情符号", "C++与C#", "a.b_c&d", "的的的的的"]
    return sample + PAGE.read_text(encoding="utf-8").splitlines() + odd


def test_pos_cut_gives_exactly_jiebas_words_and_tags():
    for text in texts():
        assert pos_cut(text) == [(p.word, p.flag) for p in jieba.posseg.cut(text)], text


def test_clause_words_are_the_whole_texts_words_in_that_clause():
    for text in texts():
        every = words(text)
        for at in range(len(text)):
            clause = clause_words(text, at)
            assert all(w in every for w in clause)
            if clause:
                assert clause[0].start <= at < clause[-1].end
                inside = [w for w in every if clause[0].start <= w.start and w.end <= clause[-1].end]
                assert list(clause) == inside
