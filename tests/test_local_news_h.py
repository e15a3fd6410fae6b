"""Constructions of local news that four fresh dev sets (dev-r, dev-s, dev-t: enterprises, grassroots bodies and
justice, associations and culture) showed kg missing: the fourteenth round.

Each test is a short text written for it; docs/extraction.md ("Fourteenth round") says why.
"""
from __future__ import annotations

import kg
from tests.conftest import graph
from kg.extract.ner import mend_bodies
from kg.model import Mention


def test_a_quoted_name_that_ends_with_an_events_head_is_the_event_and_this_exhibition_is_its_hosts():
    entities, facts = graph("“青山剪纸精品展”昨日在红河美术馆开幕，展期十天。本次展会由红河市文联主办，红河剪纸协会承办，"
                            "展出作品一百余件。")
    assert ("Initiative", "青山剪纸精品展") in entities
    assert {("青山剪纸精品展", "organizer", o) for o in ("红河市文联", "红河剪纸协会")} <= facts


def test_a_bodys_head_left_after_its_name_is_taken_back_into_it():
    # (the recognizer stops before the head on some names: a cut mention, as it gives one)
    text = "本次展览由红河县美术馆、红河县红河剪纸研究会承办，红河县文联协办。"
    cut = [Mention(12, 19, "Organization", "红河县红河剪纸", 1), Mention(25, 32, "Organization", "红河县文联协办", 1)]
    assert [m.text for m in mend_bodies(cut, text)] == ["红河县红河剪纸研究会", "红河县文联"]


def test_a_person_between_a_body_and_the_title_after_the_name():
    entities, facts = graph("座谈会上，青山疾控中心付小萍研究员介绍了夏季传染病防控要点，红河教育研究院钱大光教授作了点评。")
    assert {("Person", "付小萍"), ("Person", "钱大光")} <= entities
    assert ("付小萍", "memberOf", "青山疾控中心") in facts


def test_a_name_after_a_title_runs_to_the_lists_separator():
    entities, _ = graph("红河市作协主席周远地、秘书长林小雨观看了展览。")
    assert ("Person", "周远地") in entities and ("Person", "周远") not in entities


def test_a_campaign_carried_out_is_named_from_its_verb_when_it_is_the_partys_or_named_again():
    entities, _ = graph("3月5日，青山县检察院召开动员大会，全面开展党的群众路线教育实践活动。")
    assert ("Initiative", "党的群众路线教育实践活动") in entities
    entities, _ = graph("检查组查阅了各支部党的群众路线教育实践活动的学习记录。")
    assert ("Initiative", "党的群众路线教育实践活动") in entities
    entities, _ = graph("青山公司启动降本增效攻坚行动。降本增效攻坚行动开展以来，公司节约成本三百万元。")
    assert ("Initiative", "降本增效攻坚行动") in entities
    # what is done, said once, is no campaign's name; nor a count or a description
    entities, _ = graph("青山社区开展环境卫生整治活动，并开展一系列宣传活动和丰富多彩的文体活动。")
    assert not {n for t, n in entities if t == "Initiative"}


def test_an_organizing_committee_is_a_body_and_a_quoted_race_an_event():
    entities, facts = graph("“2019红河夏季国际马拉松赛”报名昨日启动，红河市马拉松赛组委会副主任王大明介绍了赛事筹备情况。")
    assert {("Initiative", "2019红河夏季国际马拉松赛"), ("Organization", "红河市马拉松赛组委会")} <= entities
    assert ("王大明", "memberOf", "红河市马拉松赛组委会") in facts


def test_two_words_that_end_a_name_read_as_one_word_open_no_body():
    entities, _ = graph("今年学校将加大投入，努力实现学院教学质量的新提升。")
    assert not {n for t, n in entities if t == "Organization"}


def test_each_name_of_a_list_right_after_a_body_is_its_member():
    _, facts = graph("红河剪纸研究会林小雨、周大勇、钱多多等会员带来了各自的新作。")
    assert {(p, "memberOf", "红河剪纸研究会") for p in ("林小雨", "周大勇", "钱多多")} <= facts
    # a list after a title is no body's
    _, facts = graph("会长林小雨、周大勇、钱多多出席。")
    assert not {f for f in facts if f[1] == "memberOf"}


def test_a_branch_named_by_its_city_and_its_kind_lies_in_the_city():
    entities, facts = graph("中国人民银行邵阳市中心支行、中国银行保险监督管理委员会邵阳监管分局联合开展宣传。")
    assert ("中国人民银行邵阳市中心支行", "location", "邵阳市") in facts
    assert ("中国银行保险监督管理委员会邵阳监管分局", "location", "邵阳市") in facts


def test_a_body_whose_anniversary_is_marked_takes_no_part_in_the_campaign():
    _, facts = graph("为纪念中国共产党成立百年，青山医院党员积极践行“我为群众办实事”实践活动，到青石村开展义诊。")
    assert ("我为群众办实事", "participant", "中国共产党") not in facts


def test_a_democratic_life_meeting_is_an_event_and_its_holder_organizes_it():
    _, facts = graph("1月15日，青山集团召开2020年度领导班子民主生活会。集团党委书记王大明主持会议。")
    assert ("2020年度领导班子民主生活会", "organizer", "青山集团") in facts
    assert ("2020年度领导班子民主生活会", "participant", "王大明") in facts
