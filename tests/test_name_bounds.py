"""Names the tagger cuts at the wrong place: bodies next to a title, words of tenure before a body, people in Latin
letters: the eleventh round (docs/extraction.md). Each test is a short text written for it.
"""
from __future__ import annotations

import kg


def built(text: str):
    g = kg.build(text)
    return {(e.type, e.name) for e in g.entities.values()}, set(g.named_facts())


def test_a_head_left_before_a_title_and_a_title_taken_into_a_name_are_mended():
    entities, facts = built("湖北省外办主任赵国强，湖北省人大常委、副秘书长徐文明参加。")
    assert ("Organization", "湖北省外办") in entities and ("Organization", "湖北省外") not in entities
    assert ("赵国强", "memberOf", "湖北省外办", "主任") in facts
    assert ("Organization", "湖北省人大") in entities and ("Organization", "湖北省人大常委") not in entities


def test_former_before_a_title_leaves_the_place_and_no_body():
    entities, _ = built("南阳市前人大副主任秦大军出席。")
    assert not any(t == "Organization" and n.endswith("前") for t, n in entities)
    assert ("Place", "南阳市") in entities


def test_words_of_tenure_stay_out_of_a_bodys_name():
    entities, facts = built("青山大学原校长王大明，现任校党委书记李小红出席。")
    assert not any("现任" in n for _, n in entities)
    assert ("李小红", "memberOf", "校党委", "书记") in facts


def test_a_person_in_latin_letters_is_one_name_not_one_per_word():
    entities, _ = built("会议期间，青山大学Daniel Voytas教授、红河农业部Diane Wray-Cahen博士作了报告。")
    people = {n for t, n in entities if t == "Person"}
    assert {"Daniel Voytas", "Diane Wray-Cahen"} <= people and not people & {"Daniel", "Voytas", "Diane"}


def test_a_prefix_inside_a_bodys_name_does_not_cut_it():
    entities, _ = built("青山地区非物质文化遗产国际培训中心主任王五出席。")
    assert any(t == "Organization" and "非物质文化遗产国际培训中心" in n for t, n in entities)
    assert not any(t == "Organization" and n.startswith("物质") for t, n in entities)


def test_a_latin_name_ends_at_another_mention_and_at_a_bodys_word():
    entities, _ = built("微软公司Microsoft Peter Lee出席。青山大学Daniel教授与Voytas Company合作。")
    people = {n for t, n in entities if t == "Person"}
    assert "Peter Lee" in people and not any("Microsoft" in n or "Company" in n for n in people)
