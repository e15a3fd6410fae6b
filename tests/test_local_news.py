"""Constructions of local news (county, school, university and company pages): eighth round.

Each test is a short text written for it; docs/extraction.md ("Eighth round") says why each rule is there.
"""
from __future__ import annotations

import kg
from tests.conftest import graph


def test_a_body_the_recognizer_cut_short_is_the_body_the_document_names_whole():
    # the tagger reads 青山省农产品质量 in the second sentence: the document names the whole body in the first
    entities, facts = graph("青山省农产品质量安全中心此次评价旨在提升质量。由青山省农产品质量安全中心组织的评价活动结束。")
    orgs = {n for t, n in entities if t == "Organization"}
    assert "青山省农产品质量安全中心" in orgs and not any(o.endswith("质量") for o in orgs)
    assert ("青山省农产品质量安全中心", "location", "青山省") in facts
    assert not any(p == "parentOrganization" for s, p, o in facts)


def test_people_in_a_list_keep_a_rare_surname_and_lose_the_spaces_that_pad_them():
    entities, _ = graph("应邀的书法家有：仝立和、王大明、储小红、李   力、张立新、刘大海。")
    people = {n for t, n in entities if t == "Person"}
    assert {"仝立和", "储小红", "李力"} <= people
    assert ("Place", "李") not in entities
    # a list of places stays a list of places
    entities, _ = graph("检查组走访了青山镇、白水镇、红河乡。")
    assert not {n for t, n in entities if t == "Person"}


def test_two_activities_joined_by_ji_after_the_verb_are_one_initiative():
    entities, facts = graph("9月28日，青山县第一小学举办了“迎国庆”书画笔会暨书画艺术进社区活动。")
    assert ("Initiative", "“迎国庆”书画笔会暨书画艺术进社区活动") in entities
    # two quoted names joined stay two
    entities, _ = graph("市局到社区开展“送戏下乡”暨“文明共建”活动。")
    assert {("Initiative", "送戏下乡"), ("Initiative", "文明共建")} <= entities


def test_a_project_head_inside_a_bodys_name_is_no_project():
    entities, _ = graph("王五感谢青山银行多年来给予青山工程大学的支持。")
    assert not {n for t, n in entities if t == "Initiative"}
    assert ("Organization", "青山工程大学") in entities


def test_a_banks_province_branch_is_a_body_under_the_bank_and_in_the_province():
    entities, facts = graph("学校与建设银行河南省分行签署合作协议。")
    assert ("建设银行河南省分行", "parentOrganization", "建设银行") in facts
    assert ("建设银行河南省分行", "location", "河南省") in facts


def test_townships_are_in_the_county_the_article_names_and_a_village_group_in_its_village():
    entities, facts = graph("沁水县修通了公路，客车开到了端氏镇。住在沁水县新城镇下塘村老屋组的村民很高兴。")
    assert ("端氏镇", "containedInPlace", "沁水县") in facts
    assert ("老屋组", "containedInPlace", "下塘村") in facts
    # a township whose county the text does not name gets no county
    entities, facts = graph("客车开到了端氏镇。")
    assert not any(s == "端氏镇" and p == "containedInPlace" for s, p, o in facts)
    # a common word with 组 after a village is no group of it (专家组, 工作组), nor a 组 that opens a word
    entities, facts = graph("下塘村专家组一行来到村里。")
    assert not any(n == "专家组" for t, n in entities)
    entities, facts = graph("下塘村组织村民修路。")
    assert not any(t == "Place" and n.endswith("组") for t, n in entities)


def test_a_township_opening_a_projects_name_is_where_it_is():
    entities, facts = graph("沁水县投资修建了端氏镇农村公路工程。")
    assert ("端氏镇", "containedInPlace", "沁水县") in facts
    assert any(s.startswith("端氏镇农村公路") and p == "location" and o == "端氏镇" for s, p, o in facts)


def test_a_town_government_named_by_its_level_is_a_body():
    entities, _ = graph("今年6月份，镇政府筹集资金，把自来水引到各家各户。")
    assert ("Organization", "镇政府") in entities


def test_a_short_name_given_in_brackets_is_the_body():
    entities, facts = graph("青山市农产品检测中心（简称“青山检测中心”）成立。青山检测中心主任王五说，检测很快。")
    orgs = {n for t, n in entities if t == "Organization"}
    assert "青山检测中心" not in orgs and "青山市农产品检测中心" in orgs
    assert ("王五", "memberOf", "青山市农产品检测中心") in facts


def test_the_publishers_own_body_is_no_part_of_its_units_name():
    entities, _ = graph("农业农村部在我校食品学院设立了科普基地。")
    assert ("Organization", "食品学院") in entities
    assert ("Organization", "我校食品学院") not in entities


def test_a_department_opening_with_the_tail_of_a_body_named_in_full_is_its_unit():
    _, facts = graph("全国青山合作总社党组成员王五来访。总社财务会计部副部长李四陪同。")
    assert ("总社财务会计部", "parentOrganization", "全国青山合作总社") in facts


def test_a_get_together_is_an_event_only_where_it_is_held():
    entities, _ = graph("青山医院将和市科协联合举办大型肾友联谊会。")
    assert any(t == "Initiative" and n.endswith("肾友联谊会") for t, n in entities)
    entities, _ = graph("美国青山华裔联谊会会长王五出席。")
    assert not any(t == "Initiative" for t, n in entities)


def test_a_market_and_a_room_are_places_named_whole():
    entities, _ = graph("李四带队察看了红河综合市场的摊位。")
    assert ("Place", "红河综合市场") in entities
    entities, _ = graph("地点：青山医院住院大楼一层学术会议厅。")
    assert ("Place", "青山医院住院大楼一层学术会议厅") in entities


def test_a_zone_glued_to_a_venue_named_after_a_city_is_two_names():
    entities, facts = graph("白鹭新城南昌国际博览中心旁边，新路已经通车。")
    assert ("Place", "白鹭新城") in entities
    assert ("Place", "南昌国际博览中心") in entities and ("南昌国际博览中心", "containedInPlace", "南昌市") in facts


def test_a_place_the_tagger_reads_in_a_bodys_name_is_none_unless_it_is_known():
    # the tagger reads 京津冀协同 as a place: no division, no place of the training data, none the text names
    entities, facts = graph("学院成立了生态保护、京津冀协同发展等研究院。")
    assert ("Organization", "京津冀协同发展等研究院") in entities
    assert not any(t == "Place" for t, n in entities) and not any(p == "location" for s, p, o in facts)
    # a division the tagger reads there is where the body is
    entities, facts = graph("西双版纳公安机关破获一起案件。")
    assert ("西双版纳公安机关", "location", "西双版纳") in facts


def test_the_nouns_before_a_proper_project_word_are_its_name():
    entities, _ = graph("目前，该县农村饮水安全工程已全面完成。")
    assert ("Initiative", "农村饮水安全工程") in entities


def test_a_body_of_the_training_data_after_a_division_is_the_parent():
    _, facts = graph("开封市解放军第八八医院王五教授讲课。")
    assert ("开封市解放军第八八医院", "parentOrganization", "解放军") in facts
    assert ("开封市解放军第八八医院", "location", "开封市") in facts
    # not after a foreign country: 日本共产党 is no unit of a 共产党
    _, facts = graph("日本共产党中央委员会发表声明。")
    assert not any(o == "共产党" for s, p, o in facts)


def test_a_companys_short_name_the_tagger_reads_as_a_place_is_the_company():
    # (the tagger's reading of a brand as a place is its own: the mentions are given here)
    from kg.extract.ner import brand_places
    from kg.model import Mention

    found = brand_places([Mention(0, 4, "Organization", "青禾集团", 1), Mention(9, 11, "Place", "青禾", 1)])
    assert (found[1].type, found[1].canonical) == ("Organization", "青禾集团")
    # not before a works (青禾水电站), a head that carries no proper name
    found = brand_places([Mention(0, 5, "Organization", "青禾水电站", 1), Mention(9, 11, "Place", "青禾", 1)])
    assert found[1].type == "Place"


def test_the_city_opening_an_institutions_name_locates_it_as_well_as_its_parent():
    _, facts = graph("开封第九大学附属青山医院王五教授讲课。")
    assert ("开封第九大学附属青山医院", "location", "开封市") in facts
    assert ("开封第九大学", "location", "开封市") in facts


def test_a_verb_of_the_clause_before_work_is_no_field_of_the_event():
    # 部署 holds the clause (召开会议部署…): 会议部署工作推进会 is no event's name
    entities, facts = graph("红星公司召开会议部署工作推进会筹备事宜。")
    assert not any(t == "Initiative" and n.startswith("会议") for t, n in entities)
    # the field of work before it is the event's (招生工作表彰大会)
    entities, facts = graph("青山学院举行招生工作表彰大会。")
    assert ("招生工作表彰大会", "organizer", "青山学院") in facts


def test_a_contest_named_by_its_year_and_its_edition():
    entities, _ = graph("5月4日，2023年第三届青山市职工技能大赛在青山体育馆开幕。")
    assert any(t == "Initiative" and n.endswith("职工技能大赛") for t, n in entities)
    entities, _ = graph("9月1日，红星县第五届农民运动会在县体育场开幕。")
    assert any(t == "Initiative" and n.endswith("农民运动会") for t, n in entities)


def test_our_body_opens_no_name_where_jieba_reads_its_two_characters_apart():
    # 我厅办公室: jieba reads 我 and 厅 apart; 厅办公室 is no body's name
    entities, _ = graph("我厅办公室举办了业务培训会。")
    assert not any(n.startswith("厅") for t, n in entities)
    entities, _ = graph("我校食品学院举办了业务培训会。")
    assert ("Organization", "食品学院") in entities
    # 本行 of 本行业协会 is no 本 and head: jieba reads 行业
    entities, _ = graph("本行业协会举办了业务培训会。")
    assert ("Organization", "行业协会") in entities
