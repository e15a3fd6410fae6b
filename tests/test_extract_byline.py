from __future__ import annotations

import pytest

from kg.extract import run
from kg.extract.byline import parse_byline
from kg.text import parse


@pytest.mark.parametrize(
    "byline, people",
    [
        ("本报讯(记者 王思俊 通讯员 姜璞)", [("王思俊", "reporter"), ("姜璞", "correspondent")]),
        ("(记者 孙志刚 通讯员 吴晨文/图)", [("孙志刚", "reporter"), ("吴晨", "correspondent")]),
        ("本报讯(记者 史治国 通讯员 马珂 宋婷)", [("史治国", "reporter"), ("马珂", "correspondent"), ("宋婷", "correspondent")]),
        ("本报记者 党贺喜 通讯员 李贞", [("党贺喜", "reporter"), ("李贞", "correspondent")]),
        ("本报讯(记者 贺贺喜 通讯员 苗王卉子 文/图)", [("贺贺喜", "reporter"), ("苗王卉子", "correspondent")]),
    ],
)
def test_byline_forms(byline, people):
    assert [(n, r) for n, r, *_ in parse_byline(byline)] == people


def test_byline_mentions_point_at_the_names_and_give_author_relations():
    doc = parse("标题\n\n本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。")
    mentions, relations = run(doc, ["byline"])
    assert [doc.text[m.start : m.end] for m in mentions] == ["王思俊", "姜璞"]
    assert [(r.subject, r.predicate, r.obj.text, r.evidence.text) for r in relations] == [
        (1, "author", "王思俊", "记者 王思俊"),
        (1, "contributor", "姜璞", "通讯员 姜璞"),
    ]


def test_end_of_article_byline(example_text):
    doc = parse(example_text)
    mentions, _ = run(doc, ["byline"])
    assert {(m.text, m.role) for m in mentions if m.article == 6} == {("党贺喜", "reporter"), ("李贞", "correspondent")}
