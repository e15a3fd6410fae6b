"""Places named in a chain of divisions, each inside the one before: the twelfth round (docs/extraction.md). Each test
is a short text written for it.
"""
from __future__ import annotations

import kg


def built(text: str):
    g = kg.build(text)
    return {(e.type, e.name) for e in g.entities.values()}, {(s, p, o) for s, p, o, _ in g.named_facts()}


def test_a_chain_of_divisions_is_one_place_each_inside_the_one_before():
    entities, facts = built("那所学校在河南南阳镇平县，离县城不远。")
    assert {("Place", "南阳市"), ("Place", "镇平县")} <= entities
    assert not any(n.startswith("南阳镇") for _, n in entities)
    assert ("镇平县", "containedInPlace", "南阳市") in facts


def test_a_township_after_its_county_is_a_place_and_no_village_opens_inside_it():
    entities, facts = built("志愿者来到开化县村头镇看望老人。")
    assert ("Place", "村头镇") in entities and ("Place", "开化县村") not in entities
    assert ("村头镇", "containedInPlace", "开化县") in facts


def test_a_chain_opening_a_body_places_the_body_in_its_last_division():
    entities, facts = built("爱心企业走进河南南阳高丘镇红星小学。")
    assert ("河南南阳高丘镇红星小学", "location", "高丘镇") in facts
    assert ("高丘镇", "containedInPlace", "南阳市") in facts


def test_a_longer_name_that_holds_the_chain_or_runs_past_it_stays_whole():
    entities, _ = built("在河南信阳烈士陵园，官兵们敬献花篮。他在北京朝阳医院工作。")
    assert ("Place", "信阳烈士陵园") in entities and ("Organization", "北京朝阳医院") in entities


def test_a_chain_holds_no_university_named_after_a_city_and_leaves_a_level_the_gazetteer_lacks_to_the_text():
    entities, facts = built("广东中山大学附属第一医院的医生来了。福建福州市长乐区政府发布通知。福建福州区块链产业园开园。")
    assert ("Place", "中山市") not in entities and ("Place", "福州区") not in entities
    assert ("长乐区", "containedInPlace", "福州市") in facts


def test_a_name_two_divisions_share_is_the_one_that_holds_the_next_place():
    entities, facts = built("吉林榆树的农民正忙着播种。")
    assert ("Place", "吉林省") in entities and ("Place", "吉林市") not in entities
    assert ("榆树市", "containedInPlace", "吉林省") in facts


def test_villages_named_bare_in_an_article_about_one_township_are_in_it():
    g = kg.build("青石镇开展人居环境整治。3月28日，督查组先后到孙家洼、李王许、周官庄等8个村查看整治成效，随后在王庄村召开座谈会。")
    inside = {(s, o) for s, p, o, _ in g.named_facts() if p == "containedInPlace"}
    assert {("孙家洼", "青石镇"), ("李王许", "青石镇"), ("周官庄", "青石镇"), ("王庄村", "青石镇")} <= inside
    # a village after another place: that place's (the chain says where it is)
    g = kg.build("青石镇开展人居环境整治。督查组还到红星县王家村学习经验。")
    assert ("王家村", "青石镇") not in {(s, o) for s, p, o, _ in g.named_facts() if p == "containedInPlace"}
    # two townships: which one is not said
    g = kg.build("青石镇和红河乡开展人居环境整治。督查组先后到王庄村、李家村查看。")
    assert not any(p == "containedInPlace" and s in ("王庄村", "李家村") for s, p, o, _ in g.named_facts())


def test_a_chain_of_places_that_opens_an_events_name_places_the_event_and_the_chain():
    g = kg.build("11月29日，我校受邀参加青山市红星湖区产学研暨政银企对接大会。红星湖区将与我校共建实习基地。")
    facts = {(s, p, o) for s, p, o, _ in g.named_facts()}
    assert {("青山市红星湖区产学研暨政银企对接大会", "location", "红星湖区"), ("红星湖区", "containedInPlace", "青山市")} <= facts
    # the chain's last place named only inside the event's name: left alone
    g = kg.build("11月29日，我校受邀参加青山市红星湖区产学研暨政银企对接大会。")
    assert not any(o == "红星湖区" for s, p, o, _ in g.named_facts())


def test_a_village_its_township_goes_to_see_is_not_placed_in_it():
    g = kg.build("青石镇开展党员教育活动。5月8日，青石镇组织全体村干部赴红旗村参观学习。")
    assert ("红旗村", "青石镇") not in {(s, o) for s, p, o, _ in g.named_facts() if p == "containedInPlace"}


def test_a_direction_after_a_towns_level_opens_the_village_after_it():
    # LAC reads 东上 as a word (go east): 红星镇东 and 上庄村; the direction opens the village's name
    g = kg.build("近日，青山区红星镇东上庄村开展活动。")
    places = {e.name for e in g.entities.values() if e.type == "Place"}
    assert {"红星镇", "东上庄村"} <= places and not {"红星镇东", "上庄村"} & places
    assert ("东上庄村", "containedInPlace", "红星镇") in {t[:3] for t in g.named_facts()}


def test_a_county_named_without_its_level_right_after_its_city_is_that_county():
    # 庐江县 is a county of 合肥; its bare name is read only right after a division that holds it
    entities, facts = built("合肥庐江支行组建宣讲队。在安徽岳西，茶农忙着采茶。")
    assert ("合肥庐江支行", "location", "庐江县") in facts and ("庐江县", "containedInPlace", "合肥市") in facts
    assert ("岳西县", "containedInPlace", "安徽省") in facts
    entities, facts = built("在河南获嘉的稻田里，农民忙着插秧。")
    assert ("获嘉县", "containedInPlace", "河南省") in facts
    # not a county that holds no such name nor a word that is a verb (振兴区 is a district of Liaoning)
    entities, facts = built("河北庐江特产展销。辽宁振兴要靠企业。")
    assert ("Place", "庐江县") not in entities and ("Place", "振兴区") not in entities
    # after a province only where the name stands alone: a bank named after a region is no county's (中原区)
    entities, facts = built("河南中原银行召开年度工作会议。")
    assert ("Place", "中原区") not in entities


def test_a_township_of_the_gazetteer_right_before_a_village_is_a_place_that_holds_it():
    # 大寺上镇 and 张段固镇 are townships of the gazetteer; the recognizers read none, or a part (段固镇)
    entities, facts = built("民警确认，老人是大寺上镇红旗村人。")
    assert ("红旗村", "containedInPlace", "大寺上镇") in facts
    entities, facts = built("民警确认，老人是张段固镇红旗村人。")
    assert ("红旗村", "containedInPlace", "张段固镇") in facts and ("Place", "段固镇") not in entities


def test_a_division_named_whole_that_opens_an_events_name_is_where_the_event_is():
    entities, facts = built("5月20日，奉节县首届职工乒乓球比赛在县文体中心开幕。县总工会负责人致辞。")
    assert ("奉节县首届职工乒乓球比赛", "location", "奉节县") in facts
    assert ("县总工会", "location", "奉节县") in facts  # (the article's one county: its bodies named by level)
    # not where the sentence holds it in another place
    entities, facts = built("9月5日，青海省对口支援工作会议在海口市召开。")
    assert ("青海省对口支援工作会议", "location", "青海省") not in facts
    # a chain opening it places it in its last place
    entities, facts = built("9月2日，重庆市奉节县首届职工乒乓球比赛在县文体中心开幕。")
    assert ("重庆市奉节县首届职工乒乓球比赛", "location", "奉节县") in facts
    assert ("重庆市奉节县首届职工乒乓球比赛", "location", "重庆市") not in facts


def test_a_word_read_into_a_townships_name_is_no_part_of_it():
    # jieba reads 在实践中 as one word; the tagger takes its 中 into the town's name (木林镇 is a township of the gazetteer)
    entities, _ = built("在实践中木林镇逐步形成了新的发展模式。")
    assert ("Place", "木林镇") in entities and ("Place", "中木林镇") not in entities


def test_a_room_named_by_its_village_is_in_that_village():
    entities, facts = built("督导组成员在红旗村会议室召开总结会。")
    assert ("Place", "红旗村") in entities and ("红旗村会议室", "containedInPlace", "红旗村") in facts
    entities, facts = built("全体成员在青山县红星镇红旗村会议室召开总结会。")
    assert ("红旗村", "containedInPlace", "红星镇") in facts
    entities, _ = built("督导组在该村会议室召开总结会。")  # (该村: no village's name)
    assert ("Place", "该村") not in entities


def test_a_square_a_gazetteer_town_opens_keeps_the_towns_whole_name():
    import kg

    g = kg.build("昨晚，开张镇文化广场上人头攒动，村民们跳起了广场舞。")
    places = {e.name for e in g.entities.values() if e.type == "Place"}
    assert "开张镇文化广场" in places and "张镇文化广场" not in places
