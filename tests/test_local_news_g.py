"""Constructions of local news that three more fresh dev sets (dev-g, dev-h, dev-i: city papers, universities and
institutes, townships, party building and public bodies) showed kg missing: tenth round.

Each test is a short text written for it; docs/extraction.md ("Tenth round") says why.
"""
from __future__ import annotations

import kg
from tests.conftest import graph


def initiatives(text: str) -> set[str]:
    entities, _ = graph(text)
    return {n for t, n in entities if t == "Initiative"}


def test_an_event_held_as_the_subject_of_its_clause_is_named_from_the_clause_start():
    # the lead of a report: the whole subject of 在…召开 is the event's name, verbs in it too (育种, 慰问)
    entities, facts = graph("11月7日，2023年青山水稻育种国际研讨会在青山大学召开。王明出席。")
    assert ("Initiative", "2023年青山水稻育种国际研讨会") in entities
    assert ("2023年青山水稻育种国际研讨会", "participant", "王明") in facts
    assert "青山学院留校学生慰问座谈会" in initiatives("近日，青山学院留校学生慰问座谈会隆重举行。")
    # a body's 由…主办的 stays out, as do 我市 and the time before the name
    assert "首届动物营养学术论坛" in initiatives("由青山大学主办的首届动物营养学术论坛于近日召开。")
    assert "市直机关读书月启动仪式" in initiatives("近日，我市市直机关读书月启动仪式在青山一中举行。")


def test_what_a_held_clause_says_before_the_event_stays_out_of_its_name():
    # a headline's slogan before ——, a verb that takes the event as its object, a first event joined by 和
    assert "青山学院招生工作会议" in initiatives("提升办学品牌——青山学院招生工作会议在青山召开")
    assert not any("祝贺" in n for n in initiatives("热烈祝贺青山市第五次党代会召开。"))
    found = initiatives("青山科技大会和青山院士大会第二次全体会议在青山举行。")
    assert "青山院士大会第二次全体会议" in found and not any(n.startswith("青山科技大会和") for n in found)
    # a body that holds an anniversary's event stays out of its name
    assert not any(n.startswith("青山集团党委") for n in initiatives("青山集团党委庆祝建厂60周年大会在厂区召开。"))


def test_the_name_of_an_event_less_its_edition_is_the_same_event():
    found = initiatives("青山学院招生工作会议召开\n\n6月28日，青山学院招生工作第一次会议在明志楼召开。")
    assert found == {"青山学院招生工作第一次会议"}


def test_a_held_clause_that_only_points_back_or_names_a_body_is_no_event():
    assert initiatives("会议在青山召开。本次会议在青山召开。") == set()
    assert initiatives("青山书法家协会在市图书馆举办书法展。") == set()


def test_an_event_a_verb_holds_is_named_from_the_verb_to_a_head_that_ends_the_clause():
    entities, facts = graph("青山学院在办公室召开了社团负责人会议，王明主持。")
    assert ("Initiative", "社团负责人会议") in entities
    assert "2019年春节留校学生慰问座谈会" in initiatives("青山学院举行2019年春节留校学生慰问座谈会。")
    # two characters before the head are no name of its own: 专题会议, 欢迎仪式
    assert initiatives("青山学院召开专题会议。") == set()


def test_a_laboratory_named_by_its_level_keeps_its_field_whatever_words_it_holds():
    entities, facts = graph("专家组来我校考察水下声学探测技术湖南省重点实验室。")
    assert ("Organization", "水下声学探测技术湖南省重点实验室") in entities
    entities, facts = graph("会议由水稻遗传改良与绿色种植国家重点实验室承办，实验室主任王明出席。")
    assert ("Organization", "水稻遗传改良与绿色种植国家重点实验室") in entities
    # a level and no field is a kind of laboratory; a laboratory without a level is a room as often as a body
    entities, _ = graph("全省有省重点实验室270多家。学校实验室开放。")
    assert not any(t == "Organization" and n.endswith("实验室") for t, n in entities)


def test_offices_listed_by_their_heads_alone_are_bodies():
    entities, _ = graph("会上，人事处、保卫处和教务处负责人发言。")
    assert ("Organization", "保卫处") in entities
    entities, _ = graph("学生处、保卫处、后勤服务中心的值班老师送上祝福。")
    assert {("Organization", "学生处"), ("Organization", "保卫处")} <= entities
    # a preposition opens no office's name, and two common words with one head are no list of offices
    entities, _ = graph("由青山市商务部、青山市财政部联合发布。好处和难处都有。")
    assert not any(n.startswith("由") or n in ("好处", "难处") for _, n in entities)


def test_the_articles_event_named_again_by_its_kind_with_a_word_of_its_own():
    _, facts = graph("青山慈善晚会在青山剧院举行。王明、李华等嘉宾参加了本次爱心活动。")
    assert {("青山慈善晚会", "participant", "王明"), ("青山慈善晚会", "participant", "李华")} <= facts
    _, facts = graph("青山产业园奠基仪式在青山新区举行。赵强在奠基仪式上致辞。")
    assert ("青山产业园奠基仪式", "participant", "赵强") in facts
    _, facts = graph("青山大学第五届运动会开幕。青山市副市长孙丽致开幕词。")
    assert ("青山大学第五届运动会", "participant", "孙丽") in facts
    _, facts = graph("青山稻作论坛在青山大学开幕。开幕式由青山大学副校长周宁主持。论坛期间，吴刚教授作了报告。")
    assert {("青山稻作论坛", "participant", "周宁"), ("青山稻作论坛", "participant", "吴刚")} <= facts


def test_a_held_clause_about_the_event_is_no_name_of_it():
    # a person and the verb after them, a word that only ends like a governing verb, a single dash, a 的 inside a name
    entities, _ = graph("开幕式上，市委书记王大明宣布青山市第五届运动会开幕。")
    assert ("Person", "王大明") in entities and not any("王大明" in n for t, n in entities if t == "Initiative")
    assert "青山市现代服务业发展大会" in initiatives("近日，青山市现代服务业发展大会在青山召开。")
    assert "中国—中亚农业合作论坛" in initiatives("中国—中亚农业合作论坛在西安举行。")
    assert "新时代党的建设理论研讨会" in initiatives("新时代党的建设理论研讨会在青山召开。")
    # an attributive 举办的 holds no event named after it; a generic session is none
    assert not any(n.startswith("的") for n in initiatives("他观看了由青山剧院举办的“春之声”专场晚会。"))
    assert initiatives("联合国安理会召开紧急闭门会议。") == set()


def test_rooms_and_desks_listed_by_their_heads_are_no_offices():
    entities, _ = graph("社区服务中心设有会议室、办公室和阅览室。签字处、报到处设在一楼。")
    assert not ({"会议室", "阅览室", "签字处", "报到处"} & {n for t, n in entities if t == "Organization"})


def test_a_laboratorys_field_holds_no_verb_of_the_clause():
    entities, _ = graph("专家组认为该实验室符合湖南省重点实验室建设条件。学校获批国家重点实验室。")
    assert not any(t == "Organization" and ("符合" in n or "获批" in n) for t, n in entities)
    entities, _ = graph("青山公司与青山大学共建新能源汽车动力电池国家工程实验室。")
    assert ("Organization", "新能源汽车动力电池国家工程实验室") in entities


def test_a_body_named_only_inside_an_events_name_is_the_parent_of_its_units():
    _, facts = graph("青山市人大常委会会议在青山召开。会议听取了青山市人大常委会法工委的报告。")
    assert ("青山市人大常委会法工委", "parentOrganization", "青山市人大常委会") in facts


def test_second_review_what_opens_a_held_clause():
    # what describes or greets the event is cut off, and the event stays named (the bare form too)
    assert "第二十四届青山冬季运动会" in initiatives("热烈祝贺第二十四届青山冬季运动会开幕。")
    assert "2024青山国际茶叶博览会" in initiatives("由青山市政府主办的2024青山国际茶叶博览会开幕。")
    # someone who acts and their verb open no name (a body's verb may name the event: 青山公司成立大会)
    for text in ("市委书记宣布青山市第三届运动会开幕。", "王五同志宣布青山市第三届运动会在市体育中心开幕。"):
        assert not any(("宣布" in n or "决定" in n) for n in initiatives(text)), text
    # 并 and 对 as words of the clause; a 的 inside a name stays
    assert not any("并" in n for n in initiatives("双方举行会谈并共同见证青山合作论坛，"))
    assert not any(n.startswith("市领导对") for n in initiatives("市领导对2024年青山国际马拉松比赛在青山举办表示祝贺。"))
    assert "新时代党的治边方略的实践经验学术研讨会" in initiatives("新时代党的治边方略的实践经验学术研讨会在青山召开。")
    # the object form: a year and an edition are no name of their own (the older rule for numbered sessions aside)
    from kg.extract.initiative import held_events
    assert held_events("学院召开了2024年第一次会议。") == []


def test_second_review_laboratories_and_offices():
    entities, _ = graph("专家组考察了青山大学动物遗传育种与繁殖湖南省重点实验室。")
    assert ("Organization", "动物遗传育种与繁殖湖南省重点实验室") in entities
    entities, _ = graph("报到处、咨询处的工作人员热情接待新生。学生处、保卫处负责人参加会议。")
    orgs = {n for t, n in entities if t == "Organization"}
    assert not {"报到处", "咨询处"} & orgs and {"学生处", "保卫处"} <= orgs


def test_a_title_before_a_list_of_names_is_each_ones():
    _, facts = graph("青山师范大学教育学院副院长曹丽、李建国、王海波出席了典礼。")
    assert {("李建国", "memberOf", "青山师范大学教育学院"), ("王海波", "memberOf", "青山师范大学教育学院")} <= facts
    g = kg.build("青山大学副校长王明、李华出席。")
    roles = {(g.entities[f.subject].name, f.role) for f in g.facts if f.predicate == "memberOf"}
    assert ("李华", "副校长") in roles
