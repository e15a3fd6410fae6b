"""Constructions of local news recurring across dev sets (attendee lists, joined events, league committees, 工委):
eighth round, dev-c.

Each test is a short text written for it; docs/extraction.md ("Eighth round (local news, dev-c)") says why.
"""
from __future__ import annotations

from tests.conftest import graph


EVENT_TEXT = """青山市科技周启动仪式在青山大学举行

近日，青山市科技周启动仪式在青山大学举行。
市科技局局长张大伟、团市委副书记李小红、青山大学校长王国强等相关部门领导和师生代表参加了此次活动。
"""


def test_people_listed_before_some_and_the_words_that_sum_them_up_attend_this_event():
    _, facts = graph(EVENT_TEXT)
    for person in ("张大伟", "李小红", "王国强"):
        assert ("青山市科技周启动仪式", "participant", person) in facts
    # a person with a verb of their own before 等 does not attend
    _, facts = graph(EVENT_TEXT.replace("青山大学校长王国强等", "青山大学校长王国强介绍了情况，学生等"))
    assert ("青山市科技周启动仪式", "participant", "王国强") not in facts


def test_two_events_joined_by_ji_and_then_held_are_one_event():
    entities, _ = graph("近日，青山市科技周启动仪式暨现场观摩会在青山大学举行。")
    assert ("Initiative", "青山市科技周启动仪式暨现场观摩会") in entities
    # with nothing that holds them after, the second part is left alone
    entities, _ = graph("青山大学举行启动仪式暨青山大学八十周年校庆。")
    assert not any(n.endswith("校庆") for t, n in entities if t == "Initiative")


def test_the_league_committee_of_a_city_is_no_place_and_stands_in_the_article_city():
    entities, facts = graph("青山市召开青年工作会议。团市委副书记李小红出席会议。")
    assert ("Organization", "团市委") in entities
    assert not any(t == "Place" and n == "团市" for t, n in entities)
    assert ("团市委", "location", "青山市") in facts


def test_a_working_committee_gongwei_is_a_body():
    entities, facts = graph("青山市召开青年工作会议。市委市直工委书记赵大明出席会议。")
    assert ("Organization", "市委市直工委") in entities
    assert ("赵大明", "memberOf", "市委市直工委") in facts
    # a verb that takes a body's report (审议, 听取) is no part of its name
    entities, _ = graph("会议审议了青山市委市直工委关于青年工作的报告。")
    assert not any(n.startswith(("会议", "审议")) for t, n in entities if t == "Organization")


def test_xuexiao_before_a_unit_in_a_school_news_is_the_publisher():
    entities, _ = graph("近日，学校数据科学研究中心成立，校长王大明出席。")
    orgs = {n for t, n in entities if t == "Organization"}
    assert "数据科学研究中心" in orgs and "学校数据科学研究中心" not in orgs


def test_a_verb_or_a_body_and_yu_before_a_body_the_article_names_alone_is_no_part_of_its_name():
    entities, _ = graph("青山种业集团成立于今年。双方将共建青山种业集团研发中心，推动青农大与青山种业集团合作。"
                        "青山种业集团董事长王大明出席。")
    orgs = {n for t, n in entities if t == "Organization"}
    assert not any(o.startswith("共建") or "与青山" in o for o in orgs)
    assert "青山种业集团" in orgs


def test_who_this_event_invites_takes_part_in_it_and_the_list_may_go_on():
    text = ("青山小学举办联欢会\n\n9月10日，青山小学举办了迎新春联欢会。\n"
            "本次活动邀请了书法家：王大明、李小红、张国强。画家：赵文武、孙立新。\n")
    _, facts = graph(text)
    participants = {o for s, p, o in facts if p == "participant"}
    assert {"王大明", "李小红", "张国强", "赵文武", "孙立新"} <= participants
    # a list nobody invites to the event is no list of its participants
    _, facts = graph(text.replace("本次活动邀请了书法家", "学校的老书法家有"))
    assert not {o for s, p, o in facts if p == "participant"} & {"王大明", "赵文武"}


def test_bodies_whose_officials_attend_take_part():
    text = ("青山小学举办联欢会\n\n9月10日，青山小学举办了迎新春联欢会。"
            "县委宣传部、县文化局主要负责人参加了本次活动。\n")
    _, facts = graph(text)
    assert {("迎新春联欢会", "participant", "县委宣传部"), ("迎新春联欢会", "participant", "县文化局")} <= facts
    # officials who speak of something else do not make their bodies attend
    _, facts = graph(text.replace("主要负责人参加了本次活动", "主要负责人介绍了去年的工作"))
    assert ("迎新春联欢会", "participant", "县委宣传部") not in facts


def test_a_university_head_inside_a_longer_word_is_no_parent():
    entities, facts = graph("青山省大学生体育协会主办了本次比赛。青山大学附属医院承办。")
    assert not any(p == "parentOrganization" and o == "青山省大学" for s, p, o in facts)
    assert ("青山大学附属医院", "parentOrganization", "青山大学") in facts
