"""Dates normalized against the article's date; counts and amounts on their subject."""
from __future__ import annotations

import pytest

import kg
from kg.extract import run
from kg.text import parse


@pytest.mark.parametrize(
    "text, value, part",
    [
        ("3月26日,志愿者加入。", "2022-03-26", None),
        ("25日上午,恳谈会开始。", "2022-03-25", "morning"),
        ("截至去年底,完工。", "2021", "end"),
        ("昨日,活动开展。", "2022-03-27", None),
        ("3月初,完成演练。", "2022-03", "early"),
        ("上半年基本完成重建。", "2022-H1", None),
        ("日前,2022年会议召开。", "2022", None),
    ],
)
def test_dates_against_the_article_date(text, value, part):
    mentions, _ = run(parse(text, date="2022-03-28"), ["date"])
    assert [(m.value["value"], m.value.get("part")) for m in mentions] == [(value, part)]


def test_recurring_and_vague_expressions_are_not_dates():
    mentions, _ = run(parse("每月5日,是走访企业日。连日来,日前,近一年来,周末。", date="2022-03-28"), ["date"])
    assert mentions == []


def test_relative_dates_need_a_reference():
    mentions, _ = run(parse("昨日,活动开展。3月26日,加入。2022年,开始。"), ["date"])
    assert [m.value["value"] for m in mentions] == ["2022"]
    # a full date printed on the page is the reference
    mentions, _ = run(parse("2022年3月1日 星期二\n\n昨日,活动开展。"), ["date"])
    assert [m.value["value"] for m in mentions] == ["2022-02-28"]


def test_quantities_with_subject_unit_and_what():
    g = kg.build("管城区全区划分为13个一级网格,共有网格员1725名。新密市项目总投资7.8亿元。")
    q = {(v.text, v.value["value"], v.value["unit"], v.value["what"], g.entities[v.value["subject_id"]].name)
         for _, v in g.values if v.type == "Quantity"}
    assert q == {("13个", 13, "个", "一级网格", "管城回族区"), ("1725名", 1725, "名", "网格员", "管城回族区"),
                 ("7.8亿元", 780000000.0, "元", "项目总投资", "新密市")}


def test_initiative_start_date_in_rdf():
    g = kg.build("昨日上午,郑州公交32路劳模车车长姚恩思带领党员志愿者开展“保护湿地 受益你我”主题志愿活动。", date="2022-03-28")
    rows = g.query("SELECT ?d ?part WHERE { ?i schema:startDate ?d . ?t kg:dates ?i ; kg:part ?part }")
    assert rows == [{"d": "2022-03-27", "part": "morning"}]


def test_bad_date_option_is_an_input_error():
    with pytest.raises(kg.InputError, match="not a date"):
        kg.build("管城区构建网。", date="28.3.2022")


@pytest.mark.parametrize("date", ["20220328", "2022-02-30", "2022-03-28T08:00"])
def test_the_date_option_is_a_plain_date(date):
    with pytest.raises(kg.InputError, match="not a date"):
        kg.build("管城区构建网。", date=date)
