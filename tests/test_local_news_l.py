"""Constructions that the local dev sets showed kg missing in the twenty-second round.

Each test is a short text written for it; docs/extraction.md ("Twenty-second round") says why.
"""
from __future__ import annotations

import kg
from tests.conftest import graph


def test_a_name_that_reads_as_words_right_after_a_title_is_a_person():
    entities, facts = graph("青山学院举行表彰大会。校长王建国、副校长于洪水、李文义等领导出席了大会。")
    assert ("Person", "于洪水") in entities
    assert ("于洪水", "memberOf", "青山学院") in facts
    # after a title, a place, a function word, a title, a list's 和 or a verb is no name
    entities, _ = graph("总书记在北京、上海调研。主席的贺信，专家和代表，局长一职，干部管战士，主任王说，书记和他。")
    assert not {n for t, n in entities if t == "Person"}


def test_a_title_after_a_party_committees_names_the_company_the_article_names():
    g = kg.build("红旗石化召开年中会议。红旗石化党委书记、董事长、总经理王五出席会议。")
    facts = {(s, p, o) for s, p, o, _ in g.named_facts()}
    assert {("王五", "memberOf", "红旗石化"), ("王五", "memberOf", "红旗石化党委")} <= facts
    # the company is named twice: once alone, once in its committee's name (however many titles follow)
    assert [len(e.mentions) for e in g.entities.values() if e.name == "红旗石化"] == [2]
    # where the article names no such company, the title stays with the committee
    _, facts = graph("红旗石化党委书记、总经理王五出席会议。")
    assert ("王五", "memberOf", "红旗石化") not in facts


def test_a_township_after_its_countys_bare_name_lies_in_the_county_named_in_full():
    _, facts = graph("游客来自德清莫干山镇红旗村。")
    assert {("莫干山镇", "containedInPlace", "德清县"), ("红旗村", "containedInPlace", "莫干山镇")} <= facts
    assert ("德清县", "containedInPlace", "湖州市") in facts  # the gazetteer's county, with its place above


def test_a_body_named_between_a_guest_and_the_verb_holds_no_verb_of_the_guests():
    # 服务 of 后勤服务中心 is a verb to jieba; the names listed after 王大明 are left out when his words are read
    _, facts = graph("青山学院举办第三届校园读书节。后勤服务中心主任王大明、就业服务中心副主任李小红等出席。")
    assert {("第三届校园读书节", "participant", p) for p in ("王大明", "李小红")} <= facts
    # an event named between them stays: 王五 addresses the forum in writing (王五向…论坛所作的书面致辞)
    _, facts = graph("与会代表认为，王五主席向青山和红河友好城市第三届论坛所作的书面致辞，体现了合作诚意。")
    assert ("红河友好城市第三届论坛", "participant", "王五") in facts


def test_bodies_listed_beside_a_body_of_their_kind_are_bodies():
    entities, _ = graph("参加单位有市委宣传部、公安局、民政局、财政局、审计局等十个部门。")
    assert {("Organization", n) for n in ("公安局", "财政局")} <= entities
    # a list of other things after a body is left alone
    entities, _ = graph("青山县教育局、西北部、一处在建。")
    assert not {n for t, n in entities if t == "Organization"} - {"青山县教育局"}


def test_two_bodies_acting_together_are_two_organizers():
    entities, facts = graph("青山公安分局联合青山一中开展了“反诈宣传进校园”活动。")
    assert {("Organization", "青山公安分局"), ("Organization", "青山一中")} <= entities
    assert {("反诈宣传进校园", "organizer", o) for o in ("青山公安分局", "青山一中")} <= facts


def test_this_contest_named_by_its_kind_takes_its_hosts():
    _, facts = graph("8月1日，青山镇第三届“丰收杯”农民篮球联赛开幕。本次赛事由青山镇党委、镇政府联合主办，镇篮球协会承办。")
    assert {("青山镇第三届“丰收杯”农民篮球联赛", "organizer", o) for o in ("青山镇党委", "镇政府", "镇篮球协会")} <= facts


def test_whose_speech_is_relayed_at_the_meeting_takes_no_part_in_it():
    _, facts = graph("3月1日，青山县召开安全生产工作会议。会上，县长王五传达了李大山书记重要讲话精神。")
    assert ("安全生产工作会议", "participant", "王五") in facts
    assert ("安全生产工作会议", "participant", "李大山") not in facts
    _, facts = graph("3月1日，青山县召开安全生产工作会议。会上县长钱七强调安全。")  # (no comma before him)
    assert ("安全生产工作会议", "participant", "钱七") in facts
    _, facts = graph("3月1日，青山县召开安全生产工作会议。会上，参会的县长王五发言。")  # (参会 describes him)
    assert ("安全生产工作会议", "participant", "王五") in facts
    # the clause's subject, whatever the clause before did, and whatever body names him (服务 of 就业服务中心)
    _, facts = graph("3月1日，青山县召开就业工作会议。会上，青山县就业服务中心主任李四表示要稳岗。会上，王五回顾了工作，赵六强调要扩岗。")
    assert {("就业工作会议", "participant", p) for p in ("李四", "赵六")} <= facts


def test_the_others_named_after_a_guest_are_no_words_of_the_guests():
    text = ("6月5日，青山集团与红河集团战略合作签约仪式在青山集团六楼会议室举行。集团副总经理李四，"
            "集团总会计师赵六以及相关工作人员出席了签约仪式。")
    _, facts = graph(text)
    assert {("青山集团与红河集团战略合作签约仪式", "participant", p) for p in ("李四", "赵六")} <= facts
