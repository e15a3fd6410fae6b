"""Constructions that the local dev sets of the twenty-eighth round showed kg missing.

Each test is a short text written for it; docs/extraction.md ("Twenty-eighth round") says why.
"""
from __future__ import annotations

from tests.conftest import credits, graph, headlines


def test_a_village_party_branch_after_a_township_jieba_reads_as_a_name():
    entities, facts = graph("青山乡召开会议\n\n白河县麻米乡茶溪村党支部书记李大山说，今年村里收入高。")
    assert ("Organization", "白河县麻米乡茶溪村党支部") in entities
    assert ("李大山", "memberOf", "白河县麻米乡茶溪村党支部") in facts


def test_a_level_said_twice_ends_the_place_before_the_next_word():
    entities, facts = graph("青木村装上广播\n\n青木村是柳河镇镇级文明村之一。青木村村民李大山说，日子越过越好。")
    assert ("Place", "柳河镇") in entities and ("Place", "青木村") in entities
    assert not {name for kind, name in entities if name in ("柳河镇镇", "青木村村")}
    assert ("青木村", "containedInPlace", "柳河镇") in facts


def test_a_units_short_name_under_the_post_time_is_no_headline():
    body = "\n\n3月20日，青山集团与白石市人民政府签订合作协议。"
    assert headlines(f"青山集团与白石市签订合作协议\n\n发布时间:2019-03-22\n二公司\n2019-03-22{body}") == [
        "青山集团与白石市签订合作协议"]
    # an e-paper's header over the furniture, its headline under it, as before
    assert headlines(f"青山阅读器\n当前报纸名称:青山日报\n\n青山大桥今日通车\n\n日期:01-05{body}") == ["青山大桥今日通车"]


def test_a_person_after_a_title_whose_name_is_also_a_places():
    # one tagger reads a place, the other a person, right after the title: the person
    entities, _ = graph("青山集团签约\n\n签约前,青山集团党委书记、董事长吉安与白石市委书记王大海进行了会谈。")
    assert ("Person", "吉安") in entities and not {name for kind, name in entities if kind == "Place" and "吉安" in name}
    # one tagger reads a person right after the title, the other nothing: the person
    entities, _ = graph("青山镇推出服务\n\n青山区白石镇纪委书记甘泉介绍,针对部分村组离镇上较远的情况,镇里安排专人节假日值守。")
    assert ("Person", "甘泉") in entities


def test_the_pages_tags_and_the_authors_role_given_at_the_end():
    text = ("青山供电公司战高温\n来源: 青山网  王小明\n2025-07-30 11:41:00\n\n连日来，青山县供电公司全员上阵保供电。\n\n"
            "关键词\n高温,保电,用电\n责任编辑:李大海\n(通讯员:王小明)")
    assert headlines(text) == ["青山供电公司战高温"]
    assert credits(text) == {("contributor", "王小明")}


def test_an_empty_author_field_and_credits_parted_by_semicolons():
    text = ("第八党支部召开专题学习会\n\n发布时间:2024年03月28日 15:19 作者: 点击:\n\n"
            "3月28日，第八党支部召开专题会议，学校党委副书记高大山出席会议。\n\n撰稿:李小红;摄影:王小明;审核:赵大海")
    assert credits(text) == {("author", "李小红")}


def test_a_schools_aim_is_no_body_and_an_unnamed_school_is_no_entity():
    entities, facts = graph("第八党支部召开学习会\n\n3月28日，第八党支部召开专题会议，学校党委书记高大山出席。"
                            "大家学习了题为《推动建设中国特色高水平应用型大学》的报告。")
    assert not {name for kind, name in entities if "大学" in name}
    assert ("Organization", "学校党委") in entities and ("Organization", "学校") not in entities
    # a school the article names is the one its 学校 stands for, as before
    entities, facts = graph("青山大学召开学习会\n\n3月28日，青山大学召开专题会议，学校党委书记高大山出席。")
    assert ("学校党委", "parentOrganization", "青山大学") in facts


def test_a_schools_offices_are_no_units_of_the_company_it_signs_with():
    _, facts = graph("我校实践基地揭牌\n\n5月18日，我校与青山红星文化旅游有限公司共建写生基地签约仪式在白石县举行。"
                     "传媒学院院长王大山、美术学院院长李小红分别与青山红星文化旅游有限公司总经理赵大海签订协议。"
                     "青山红星文化旅游有限公司相关负责人，我校教务处、传媒学院负责人参加仪式。学校党委书记张小明致辞。")
    assert not {f for f in facts if f[1] == "parentOrganization" and f[2] == "青山红星文化旅游有限公司"}
    assert not {f for f in facts if f[1] == "parentOrganization" and f[2] in ("传媒学院", "美术学院")}


def test_a_courts_circuit_tribunal_is_a_body():
    entities, facts = graph("青山海事法院白石巡回法庭揭牌\n\n3月28日，青山海事法院白石巡回法庭在白石市举行揭牌仪式。"
                            "青山海事法院院长王大海出席。")
    assert ("Organization", "青山海事法院白石巡回法庭") in entities
    assert ("青山海事法院白石巡回法庭", "parentOrganization", "青山海事法院") in facts
    entities, _ = graph("巡回法庭揭牌\n\n青山海事法院白石巡回法庭设在白石市青山管委会二楼。")
    assert ("Organization", "青山海事法院白石巡回法庭") in entities


def test_a_dated_rally_and_a_committees_numbered_session():
    entities, facts = graph("青山集团召开2020年誓师动员大会\n\n1月6日，青山集团召开2020年誓师动员大会。"
                            "大会传达了白石市委书记王大海在九届六次全会暨市委农村工作会议上的讲话要求。")
    assert ("2020年誓师动员大会", "organizer", "青山集团") in facts
    assert ("Initiative", "九届六次全会暨市委农村工作会议") in entities
    # a meeting of four characters that no year opens is none, as before (召开紧急闭门会议)
    entities, _ = graph("青山集团召开会议\n\n1月6日，青山集团召开誓师动员大会。")
    assert ("Initiative", "誓师动员大会") not in entities
