"""The recognizers: statistical tagger, organisation suffixes, initiatives, compound names, roles."""
from __future__ import annotations

import pytest

import kg

from kg.extract import run
from kg.text import parse


def found(text: str, extractors=("ner", "organization", "initiative")) -> list[tuple[str, str]]:
    mentions, _ = run(parse(text), list(extractors))
    return [(m.text, m.type) for m in mentions]


def of_type(type_: str, text: str, extractors=("ner", "organization", "initiative")) -> list[str]:
    """The names of one type that :func:`found` finds."""
    return [name for name, t in found(text, extractors) if t == type_]


def test_tagger_finds_people_places_and_long_organization_names():
    assert found("荥阳市艺术家联盟志愿服务队队长王路易说:“好。”") == [
        ("荥阳市艺术家联盟志愿服务队", "Organization"),
        ("王路易", "Person"),
    ]
    assert ("中国人民财产保险股份有限公司郑州分公司", "Organization") in found(
        "中国人民财产保险股份有限公司郑州分公司等企业都前来参加恳谈。"
    )


def test_organization_suffix_splits_what_the_tagger_glued():
    assert found("3月初,中原区卫健委组织区卫生监督所、进口货物专班、教育防控专班先后完成演练。") == [
        ("中原区卫健委", "Organization"),
        ("区卫生监督所", "Organization"),
        ("进口货物专班", "Organization"),
        ("教育防控专班", "Organization"),
    ]


def test_organization_suffix_stops_at_the_verb_before_the_name():
    assert found("成立疫苗接种工作专班,积极协商。", ["organization"]) == [("疫苗接种工作专班", "Organization")]


def test_coordinated_party_and_government_are_two_bodies():
    assert found("金水区委区政府是分四批依次恳谈。", ["ner", "organization"]) == [
        ("金水区委", "Organization"),
        ("区政府", "Organization"),
    ]


def test_bus_line_and_county_road():
    assert found("郑州公交32路劳模车车长姚恩思带领志愿者。", ["organization"]) == [("郑州公交32路", "Organization")]
    assert found("完成了X025袁岗线恢复重建。", ["organization"]) == [("X025袁岗线", "Place")]


def test_initiatives_quoted_with_their_kind_and_bare_repeats():
    doc = parse("深化“万人助万企”。金水区“万人助万企”活动企业家恳谈会开始了。实施“守门行动”+“敲门行动”。")
    mentions, _ = run(doc, ["initiative"])
    assert [(m.text, m.canonical) for m in mentions] == [
        ("“万人助万企”", "万人助万企"),
        ("“万人助万企”活动", "万人助万企"),
        ("企业家恳谈会", "企业家恳谈会"),
        ("“守门行动”", "守门行动"),
        ("“敲门行动”", "敲门行动"),
    ]


def test_slogans_are_not_initiatives():
    assert found("紧紧围绕“提升能力、锻造作风”的活动主题,形成“横向到边、纵向到底”的布局。", ["initiative"]) == []


def test_generic_words_are_not_entities():
    names = [t for t, _ in found("在管城区每个社区楼院,全市街道都在行动。", ["ner"])]
    assert "社区" not in names and "全市" not in names and "管城区" in names


def test_the_filter_keeps_names_that_news_corpora_annotate():
    from kg.extract.ner import keep

    assert keep("谢列兹尼奥夫", "Person") and keep("卡洛斯·阿马特", "Person") and keep("索尔-坎贝尔", "Person")
    assert keep("汤", "Person", after="局长为") and keep("王", "Person", before="老")
    assert keep("巴", "Place") and keep("美国《时代》周刊", "Organization")
    assert not keep("居", "Person") and not keep("苗", "Person", after="接种")
    assert not keep("美国《时代周刊", "Organization") and not keep("王思俊说：", "Person")


def test_compound_name_gives_nested_places_and_parent_body():
    doc = parse("管城区紫荆山南路街道办事处社会工作服务站组织志愿者。")
    mentions, relations = run(doc, ["organization", "names"])
    assert [(m.text, m.type) for m in mentions] == [
        ("管城区紫荆山南路街道办事处社会工作服务站", "Organization"),
        ("管城区紫荆山南路街道办事处", "Organization"),
        ("管城区", "Place"),
        ("紫荆山南路街道", "Place"),
    ]
    assert {(r.subject.text, r.predicate, r.obj.text, r.evidence.basis) for r in relations} == {
        ("紫荆山南路街道", "containedInPlace", "管城区", "name"),
        ("管城区紫荆山南路街道办事处社会工作服务站", "parentOrganization", "管城区紫荆山南路街道办事处", "name"),
        ("管城区紫荆山南路街道办事处", "location", "紫荆山南路街道", "name"),
    }


def test_roles_before_a_name():
    doc = parse("32路调度赵丽表示。党员志愿者刘大叔说:“好。”郑州公交32路劳模车车长姚恩思带领志愿者。")
    mentions, relations = run(doc, ["ner", "organization", "role"])
    assert {(r.subject.text, r.obj.text, r.role) for r in relations} == {
        ("赵丽", "32路", "调度"),
        ("姚恩思", "郑州公交32路", "劳模车车长"),
    }
    assert {m.text: m.role for m in mentions if m.type == "Person"}["刘大叔"] == "党员志愿者"


def test_organizer_from_you_x_zuzhi_kaizhan():
    doc = parse("昨日,由荥阳市艺术家联盟志愿服务队组织开展的“阳光雨露育春苗”文明实践项目开展。")
    _, relations = run(doc)
    assert [(r.subject.canonical, r.predicate, r.obj.text) for r in relations if r.predicate == "organizer"] == [
        ("阳光雨露育春苗", "organizer", "荥阳市艺术家联盟志愿服务队")
    ]


def test_an_organization_name_does_not_swallow_the_verb_before_it():
    from kg.extract.organization import extract as organizations

    # 指出 is a word the labeled data almost never has inside an organisation name
    assert [m.text for m in organizations(parse("会上，张三指出中原区卫健委要做好工作。"), [])] == ["中原区卫健委"]
    assert [m.text for m in organizations(parse("要认真落实党委的部署。"), [])] == []


@pytest.mark.parametrize("text, name", [
    ("今天，第五届中俄农业博览会在哈尔滨开幕。", "第五届中俄农业博览会"),
    ("市作家协会第四次全国代表大会闭幕。", "市作家协会第四次全国代表大会"),
    ("县里举行新能源项目开工奠基仪式。", "新能源项目开工奠基仪式"),
    ("组委会颁发第九届“长河文学奖”。", "第九届“长河文学奖”"),
    ("电视台举办2024“乡村振兴”推介会。", "2024“乡村振兴”推介会"),
])
def test_named_events_are_initiatives(text, name):
    from kg.extract.initiative import extract as initiatives

    assert name in [m.text for m in initiatives(parse(text), [])]


def test_a_bare_meeting_is_no_initiative():
    from kg.extract.initiative import extract as initiatives

    assert [m.text for m in initiatives(parse("下午召开座谈会。"), [])] == []


@pytest.mark.parametrize("text, place", [
    ("他住在东街社区。", "东街社区"),
    ("项目落户钱江世纪城。", "钱江世纪城"),
    ("企业入驻苏州工业园区。", "苏州工业园区"),
    ("展品运抵郑州国际会展中心。", "郑州国际会展中心"),
    ("湘桂铁路通道全线贯通。", "湘桂铁路通道"),
    ("他们前往芜湖绿色食品产业集聚基地考察。", "芜湖绿色食品产业集聚基地"),
])
def test_communities_zones_and_works_are_kept_whole(text, place):
    import kg

    assert place in {e.name for e in kg.build(text).entities.values() if e.type == "Place"}


def test_a_generic_zone_is_no_place():
    import kg

    assert not [e for e in kg.build("推进智慧社区建设，完善生产基地。").entities.values() if e.type == "Place"]


@pytest.mark.parametrize("text, org", [
    ("青山镇竹编工坊接到订单。", "青山镇竹编工坊"),
    ("李庄村蔬菜专业合作社成立。", "李庄村蔬菜专业合作社"),
    ("市人民医院神经外科完成手术。", "市人民医院神经外科"),
    ("东城区法律援助处开展咨询。", "东城区法律援助处"),
    ("居民来到东湖社区议事厅商量。", "东湖社区议事厅"),
])
def test_organizations_by_the_heads_real_news_uses(text, org):
    from kg.extract.organization import extract as organizations

    assert org in [m.text for m in organizations(parse(text), [])]


@pytest.mark.parametrize("text, name", [
    ("市局到社区开展“送法进万家”暨“双报到”活动。", "送法进万家"),
    ("市局到社区开展“送法进万家”暨“双报到”活动。", "双报到"),
    ("学生参观“勤学修德、明辨笃实”校史主题展。", "勤学修德、明辨笃实"),
    ("爱心企业加入了“助农卖菜”行列。", "助农卖菜"),
])
def test_quoted_campaigns_joined_or_with_their_kind(text, name):
    from kg.extract.initiative import extract as initiatives

    assert name in [m.canonical for m in initiatives(parse(text), [])]


def test_quoted_things_idioms_and_awards_are_no_people():
    people = [m for m in found("台风“海葵”登陆福建。校园里草木枝繁叶茂。他获得詹天佑奖。") if m[1] == "Person"]
    assert people == []


def test_a_citys_numbered_school():
    assert ("开封市十四中", "Organization") in found("开封市十四中的学生毕业了。")
    assert not [m for m in found("其中一小部分人参加。") if m[1] == "Organization"]


def test_an_event_name_with_two_parts_joined_by_ji():
    from kg.extract.initiative import extract as initiatives

    assert "南湖大学教务平台培训及答疑会" in [m.text for m in initiatives(parse("学校举办了南湖大学教务平台培训及答疑会。"), [])]
    # the first part may open with its own verb: it runs back to what holds the event
    names = [m.text for m in initiatives(parse("青山集团召开庆祝建厂五十周年暨“先进职工”表彰大会。"), [])]
    assert "庆祝建厂五十周年暨“先进职工”表彰大会" in names


def test_bodies_named_alone_and_party_departments():
    assert ("市局", "Organization") in found("市局党组书记王五带队调研。")
    assert ("党委组织部", "Organization") in found("会议由党委组织部副部长李四主持。")
    # 及 joins two bodies, it stands in neither's name
    assert ("公证处及法律援助处", "Organization") not in found("公证处及法律援助处参加。")


def test_two_names_glued_by_a_preposition_are_two():
    names = {n for n, t in found("国家发展改革委会同体育总局印发通知。北京同古巴保持联系。")}
    assert {"国家发展改革委", "体育总局", "古巴"} <= names and "北京同古巴" not in names


def test_a_projects_name_holds_what_is_built_but_opens_with_no_verb():
    from kg.extract.initiative import extract as initiatives
    from kg.tagger import tag_documents

    doc = parse("世行贷款开封市城乡供水改造提升项目开工。代表们了解华光集团羊绒衫加工项目。")
    tag_documents([doc])
    names = [m.text for m in initiatives(doc, [])]
    assert "世行贷款开封市城乡供水改造提升项目" in names
    assert not [n for n in names if n.startswith("了解")]


def test_the_default_recognizer_keeps_what_both_models_read_and_drops_what_lac_alone_reads():
    names = found("工业和信息化部、财政部联合发布方案。", ["ensemble", "organization"])
    assert ("工业和信息化部", "Organization") in names and ("财政部", "Organization") in names
    # LAC alone reads a county in 科教兴国 and a school's name in a common noun
    assert ("兴国", "Place") in found("全面实施科教兴国战略。", ["ner"])
    assert found("全面实施科教兴国战略。这所普通高等学校今年扩招。", ["ensemble"]) == []


def _sentence(text, lac, model):
    """A sentence as the tagger leaves it: LAC's named words and the trained model's names with
    its confidence in each (``model``: (start, end, label, confidence))."""
    from kg.model import Sentence
    from kg.tagger import CONFIDENCE, Token

    s = Sentence(0, 0, len(text), text, segments=((0, 0),))
    s.tokens = [Token(b, e, text[b:e], tag) for b, e, tag in lac]
    s.names["news"] = [(b, e, label) for b, e, label, _ in model]
    s.names["news" + CONFIDENCE] = [p for *_, p in model]
    return s


def test_the_default_recognizer_adds_a_name_lac_misses_when_the_model_is_sure():
    from kg.extract.ner import confirmed_spans

    text = "王小明昨天到青石岭考察。"
    sure = _sentence(text, [(0, 3, "PER")], [(0, 3, "PER", 0.99), (6, 9, "LOC", 0.96)])
    assert confirmed_spans(sure, add=0.9) == [(0, 3, "PER"), (6, 9, "LOC")]
    unsure = _sentence(text, [(0, 3, "PER")], [(0, 3, "PER", 0.99), (6, 9, "LOC", 0.6)])
    assert confirmed_spans(unsure, add=0.9) == [(0, 3, "PER")]


def test_the_default_recognizer_takes_the_model_s_bounds_and_type_when_it_is_sure():
    from kg.extract.ner import confirmed_spans

    text = "他住在长河市白沙区，同事柳岸说。"  # LAC reads one place where the news convention has two
    lac = [(3, 9, "LOC"), (12, 14, "LOC")]
    sure = _sentence(text, lac, [(3, 6, "LOC", 0.99), (6, 9, "LOC", 0.97), (12, 14, "PER", 0.98)])
    assert confirmed_spans(sure, replace=0.95) == [(3, 6, "LOC"), (6, 9, "LOC"), (12, 14, "PER")]
    # one of the model's two places unsure: LAC's reading stays
    half = _sentence(text, lac, [(3, 6, "LOC", 0.99), (6, 9, "LOC", 0.8), (12, 14, "PER", 0.98)])
    assert confirmed_spans(half, replace=0.95) == [(3, 9, "LOC"), (12, 14, "PER")]
    # off (the thresholds above 1): LAC's names, confirmed by the overlap, as before
    assert confirmed_spans(sure) == [(3, 9, "LOC"), (12, 14, "LOC")]


def test_words_lac_glues_into_a_person_are_no_name_the_model_may_retype():
    from kg.extract.ner import confirmed_spans

    text = "赵六率青山区文化馆馆长孙七到村里。"  # LAC's "person" runs over 率 and the body
    s = _sentence(text, [(0, 9, "PER"), (11, 13, "PER")], [(0, 9, "ORG", 0.99), (11, 13, "PER", 0.99)])
    assert confirmed_spans(s, add=0.9, replace=0.95) == [(11, 13, "PER")]


def test_the_default_recognizer_reads_the_model_s_confident_names_in_real_sentences():
    # LAC reads the university alone and no name in the branch; the model reads both whole, sure of them
    assert ("黄河大学", "Organization") in found("黄河大学信息化建设与管理中心主任刘强说。", ["ner"])
    assert found("黄河大学信息化建设与管理中心主任刘强说。", ["ensemble"]) == [
        ("黄河大学信息化建设与管理中心", "Organization"), ("刘强", "Person")]
    assert ("后勤部第三党支部", "Organization") in found("后勤部第三党支部书记李明主持会议。", ["ensemble"])


def test_a_company_name_runs_over_a_numeral_or_locative_the_tagger_reads_inside_it():
    names = found("他介绍了南京中快人餐饮有限公司和中煤集团的情况。", ["ensemble", "organization"])
    assert ("南京中快人餐饮有限公司", "Organization") in names and ("中煤集团", "Organization") in names


def test_a_body_of_the_training_data_opening_a_name_is_its_parent():
    _, relations = run(parse("国务院新闻办今天举行发布会。"), ["ensemble", "organization", "names"])
    assert ("国务院新闻办", "parentOrganization", "国务院") in {(r.subject.text, r.predicate, r.obj.text) for r in relations}


def test_a_room_named_by_its_body_is_a_place_and_names_the_body():
    g = kg.build("表彰大会在星河印务公司会议室召开。")
    assert {(e.name, e.type) for e in g.entities.values()} >= {("星河印务公司会议室", "Place"), ("星河印务公司", "Organization")}


def test_a_common_noun_is_no_person_and_a_name_cut_short_is_completed():
    assert not [t for t, ty in found("菜农说：“这是好事。”", ["ensemble"]) if ty == "Person"]
    people = [t for t, ty in found("经理孙立平赶到村里。孙立平刚说完，大家就笑了。", ["ensemble"]) if ty == "Person"]
    assert people == ["孙立平", "孙立平"]


def test_a_kind_of_body_with_no_proper_name_before_its_head_is_no_organization():
    assert found("全力建设世界一流大学，走进大型超市和农村专业合作社。", ["organization"]) == []
    assert ("宁海县农业银行", "Organization") in found("宁海县农业银行开门营业。", ["ensemble", "organization"])


def test_the_zone_a_body_or_a_project_is_named_after_is_a_place():
    import kg

    g = kg.build("青山县农业科技园管委会负责人介绍情况。宣布宁海经济技术开发区重点项目开工。")
    assert {"青山县农业科技园", "宁海经济技术开发区"} <= {e.name for e in g.entities.values() if e.type == "Place"}


def test_a_quoted_day_festival_or_week_is_an_initiative():
    from kg.extract.initiative import extract as initiatives

    assert [m.canonical for m in initiatives(parse("今天是第五个“全民健身日”。"), [])] == ["全民健身日"]
    assert [m.canonical for m in initiatives(parse("大家度过了“春节”。"), [])] == []


def test_a_phase_of_a_named_project_is_an_initiative():
    import kg

    g = kg.build("横滨轮胎、华星光电二期等项目集中开工。")
    assert "华星光电二期" in {e.name for e in g.entities.values() if e.type == "Initiative"}


def test_a_city_before_a_bodys_name_and_a_company_named_whole_with_its_group():
    assert ("宜昌华润万家超市", "Organization") in found("随后，宜昌华润万家超市也来下单。")
    names = of_type("Organization", "他考察了青川县乌兰集团圣华新药业公司。")
    assert "青川县乌兰集团圣华新药业公司" in names
    # a bare 公司 names no company
    assert not [m for m in found("该公司在市里开了店，公司很大。") if m[1] == "Organization"]


def test_a_boundary_word_after_a_person_is_the_persons_verb():
    names = of_type("Organization", "最后，集团党委委员张有强代表集团党委作了讲话。")
    assert "代表集团党委" not in names and "集团党委" in names


def test_event_kinds_of_public_life_and_former_bodies():
    from kg.extract.initiative import extract as initiatives

    names = [m.text for m in initiatives(parse("青山慈善会举办“爱心之春”芭蕾舞专场晚会。"), [])]
    assert "“爱心之春”芭蕾舞专场晚会" in names
    # 原 (former) stands before a body's name, not in it
    assert ("青山县委", "Organization") in found("原青山县委书记王五出席。")


def test_a_name_with_a_quoted_part_keeps_its_marks():
    import kg

    g = kg.build("青山慈善会举办“爱心之春”芭蕾舞专场晚会。")
    assert "“爱心之春”芭蕾舞专场晚会" in {e.name for e in g.entities.values()}


def test_a_project_named_with_its_capacity_and_no_count_of_projects():
    from kg.extract.initiative import extract as initiatives

    names = [m.text for m in initiatives(parse("他考察了青山集团30万吨合成氨项目。"), [])]
    assert "青山集团30万吨合成氨项目" in names
    names = [m.text for m in initiatives(parse("青山省45个投资亿元以上重点项目集中开工。"), [])]
    assert not [n for n in names if "45个" in n]


def test_some_schools_of_a_district_are_no_school():
    assert not [m for m in found("青山区部分中学已经开学。") if m[1] == "Organization" and m[0].endswith("部分中学")]


def test_a_project_with_a_proper_name_and_no_place_in_a_verb():
    from kg.extract.initiative import extract as initiatives

    assert "南水北调工程" in [m.text for m in initiatives(parse("部长介绍了南水北调工程进展。"), [])]
    assert not [m for m in initiatives(parse("这项工程很重要，该项目已经完工。"), [])]
    assert not [m for m in found("越南总理来华访问。") if m[1] == "Place" and m[0] == "来华"]


@pytest.mark.parametrize("text", ["他第一次在家乡过春节。", "该校连续十届获得全国大学生数学竞赛一等奖。",
                                  "青山省两个重点项目开工。", "第一次全省经济普查季节性调整完成。"])
def test_no_initiative_in_ordinary_sentences(text):
    from kg.extract.initiative import extract as initiatives

    assert not [m.text for m in initiatives(parse(text), [])]


def test_editions_and_joined_names_keep_their_whole_name():
    from kg.extract.initiative import extract as initiatives

    names = lambda t: [m.text for m in initiatives(parse(t), [])]  # noqa: E731
    assert "第三届中国与东盟博览会" in names("第三届中国与东盟博览会开幕。")
    assert "基层党组织书记述职暨表彰大会" in names("召开基层党组织书记述职暨表彰大会。")
    assert "二十届三中全会" in names("党的二十届三中全会在北京举行。")


def test_two_fields_joined_inside_a_units_name_and_two_bodies_joined_stay_two():
    orgs = of_type("Organization", "青山大学经济与管理学院院长李明出席。")
    assert "青山大学经济与管理学院" in orgs
    orgs = of_type("Organization", "红星集团与青山公司签约。")
    assert "红星集团与青山公司" not in orgs and "青山公司" in orgs
    # a service centre is named otherwise: 健身卡和党群服务中心 are two things
    orgs = of_type("Organization", "新添了健身卡和党群服务中心。")
    assert not any(o.startswith("健身卡") for o in orgs)


def test_a_quoted_name_before_an_events_words_and_a_work_conference_are_one_name():
    names = of_type("Initiative", "青山县召开“两学一做”学习教育推进会。")
    assert "“两学一做”学习教育推进会" in names
    names = of_type("Initiative", "全省宣传工作会议12日在青山召开。")
    assert "全省宣传工作会议" in names
    # what a verb holds stays out, and a campaign with its own head stays apart from its event
    names = of_type("Initiative", "宗教团体要认真学习全国宗教工作会议精神。")
    assert names == ["全国宗教工作会议"]
    names = of_type("Initiative", "“万人助万企”活动企业家恳谈会开始了。")
    assert "企业家恳谈会" in names


def test_a_centre_is_a_body_when_the_training_names_make_its_kind_one():
    orgs = of_type("Organization", "王五肯定了红星公司能源管理中心的工作。")
    assert any(o.endswith("能源管理中心") for o in orgs)
    orgs = of_type("Organization", "第三届博览会在长沙国际会展中心开幕。")
    assert not any(o.endswith("会展中心") for o in orgs)


def test_a_time_a_quoted_plan_names_is_no_part_of_an_events_name():
    names = of_type("Initiative", "“十四五”开局之年全市经济工作会议召开。")
    assert "全市经济工作会议" in names


def test_two_bodies_joined_by_a_conjunction_are_two():
    orgs = of_type("Organization", "青山县教育局和县卫健委联合开展检查。")
    assert "青山县教育局" in orgs and "县卫健委" in orgs
    orgs = of_type("Organization", "工业和信息化部发布通知。")
    assert "工业和信息化部" in orgs


def test_a_field_of_work_named_by_its_verb_is_part_of_an_events_name():
    # …工作 names a field of work whose verb stands before it (eighth round: local news)
    names = of_type("Initiative", "红星学院召开招生工作推进会。")
    assert "招生工作推进会" in names
    names = of_type("Initiative", "青山县召开安全生产工作表彰大会。")
    assert "安全生产工作表彰大会" in names


def test_a_work_meeting_named_by_its_field_is_an_event():
    # …工作会, the short form of …工作会议 (not 工作会议 cut short)
    names = of_type("Initiative", "青山县人民医院召开2024年度医疗质量安全工作会，各科室主任参加。")
    assert "2024年度医疗质量安全工作会" in names
    names = of_type("Initiative", "3月5日，青山县召开春耕生产工作会，部署全县春耕工作。")
    assert "春耕生产工作会" in names
    assert "全市经济工作会议" in of_type("Initiative", "全市经济工作会议召开。")


def test_a_forum_joined_by_a_free_clinic_is_one_event():
    # …论坛暨…义诊, held or taken to a place (走进): one event, named to its second head
    names = of_type("Initiative", "3月2日，第五届青山骨科论坛暨惠民义诊走进南岭村。")
    assert "第五届青山骨科论坛暨惠民义诊" in names
    assert "第五届青山骨科论坛暨惠民义诊" in of_type("Initiative", "第五届青山骨科论坛暨惠民义诊在红河宾馆举行。")
    names = of_type("Initiative", "第二届青山口腔论坛暨公益讲座在青山宾馆举行。")
    assert "第二届青山口腔论坛暨公益讲座" in names


def test_a_companys_brand_that_reads_as_a_verb_stays_in_its_name():
    # both recognizers read the registered name whole from its city: 帮 (help) is part of the brand
    both = ("ensemble", "organization", "initiative")
    assert "武汉帮康医疗器械有限公司" in of_type("Organization", "武汉帮康医疗器械有限公司今年营业收入增长两成。", both)
    # a verb before a company still ends what stands before it
    assert "红河医疗器械有限公司" in of_type("Organization", "青山县帮扶红河医疗器械有限公司发展。", both)


def test_a_count_before_a_department_opens_no_name():
    # 12名外科专家: twelve surgeons, no department named 名外科
    for text in ("青山医院12名外科专家参加了培训。", "红河医院派出8名眼科骨干到乡镇义诊。"):
        orgs = of_type("Organization", text)
        assert not [o for o in orgs if o.startswith("名")]
        assert orgs and orgs[0].endswith("医院")


def test_an_office_named_before_its_member_and_title_is_a_body():
    # 教务处李明老师: the office, its member, then the member's title
    assert "科技处" in of_type("Organization", "报名表交给科技处刘洋老师。")
    assert "医务科" in of_type("Organization", "医务科李小红科长介绍了情况。")
    assert not of_type("Organization", "两县交界处有一座桥。")


@pytest.mark.parametrize("text, body", [("青山县人民医院 版权所有 备案号：浙ICP备12345678号", "青山县人民医院"),
                                        ("本站由青山县教育局主办，京ICP备20123456号。", "青山县教育局")])
def test_a_sites_registration_number_names_no_place_nor_body(text, body):
    assert [n for n, _ in found(text, ("ensemble",))] == [body]


def test_a_games_named_after_its_year_or_edition_and_a_school_show():
    names = of_type("Initiative", "2022年青山省大学生田径锦标赛在青山大学开赛。")
    assert "2022年青山省大学生田径锦标赛" in names
    assert not [m for m in found("2020年以来，全省共举办各类锦标赛30余场。") if m[1] == "Initiative"]
    names = of_type("Initiative", "青山中学举行2017级新生军训汇演。")
    assert "2017级新生军训汇演" in names


def test_a_season_a_grade_or_a_festival_stands_in_an_events_name():
    names = of_type("Initiative", "4月8日，青山大学2023年春季运动会在东校区开幕。")
    assert "青山大学2023年春季运动会" in names
    names = of_type("Initiative", "今天上午举行了初一新生军训汇演。")
    assert "初一新生军训汇演" in names  # (not 今天上午: a day and its part are no part of the name)


def test_a_work_conference_holds_the_field_of_work_before_it():
    names = of_type("Initiative", "9月3日，青山市召开全市安全生产工作会议。")
    assert "全市安全生产工作会议" in names


def test_a_years_work_conference_keeps_its_year():
    names = of_type("Initiative", "青山县第二人民医院召开2023年度党风廉政建设工作会议。")
    assert "2023年度党风廉政建设工作会议" in names


def test_a_list_of_leaders_keeps_a_name_cut_short_and_the_name_before_deng():
    g = kg.build("青山市领导林运平、吴和家、张焕明、万森等，市直机关负责人出席。")
    people = {e.name for e in g.entities.values() if e.type == "Person"}
    assert people == {"林运平", "吴和家", "张焕明", "万森"}


def test_lu_after_a_name_is_the_verb_of_one_who_leads_a_delegation():
    g = kg.build("总社党组成员王伟率总社财务部副部长刘明、研究室副处长赵红调研。")
    assert {e.name for e in g.entities.values() if e.type == "Person"} == {"王伟", "刘明", "赵红"}


def test_a_verb_or_a_title_before_a_company_is_no_part_of_its_name():
    assert of_type("Organization", "一批新鲜蔬菜昨日运抵河源县青禾食品公司。", kg.extract.DEFAULT) == ["河源县青禾食品公司"]
    assert of_type("Organization", "座谈会上，合作社负责人青禾农业科技有限公司董事长张涛介绍了经验。",
                   kg.extract.DEFAULT) == ["青禾农业科技有限公司"]


def test_a_family_farm_or_a_ranch_with_a_name_is_a_body():
    assert of_type("Organization", "大坪县石桥家庭农场成立于2015年。", kg.extract.DEFAULT) == ["大坪县石桥家庭农场"]
    assert of_type("Organization", "青山县白云牧场去年出栏牛羊两千头。", kg.extract.DEFAULT) == ["青山县白云牧场"]
    assert of_type("Organization", "他在农场干活，后来办起了家庭农场。", kg.extract.DEFAULT) == []


def test_a_measure_word_the_tagger_reads_inside_a_noun_stays_in_a_cooperatives_name():
    assert of_type("Organization", "青山县石桥镇金穗生态种养殖合作社成立于2016年。", kg.extract.DEFAULT) == [
        "青山县石桥镇金穗生态种养殖合作社"]


def test_a_countys_media_centre_in_a_photo_credit_is_named_whole():
    assert of_type("Organization", "白云村樱桃园（新华网发 青山县融媒体中心供图）", kg.extract.DEFAULT) == ["青山县融媒体中心"]
    assert of_type("Organization", "他参观了融媒体中心。", kg.extract.DEFAULT) == []


def test_a_lake_named_with_its_shore_is_the_lake():
    assert of_type("Place", "游客在白云湖畔散步。", kg.extract.DEFAULT) == ["白云湖"]
    assert of_type("Place", "在白水江江畔，村民们种下了树苗。", kg.extract.DEFAULT) == ["白水江"]  # the river, 江畔 its bank


def test_a_service_delegation_and_its_numbered_sub_delegation_are_bodies():
    assert sorted(of_type("Organization", "青年博士服务团第三分团来到红星县。", kg.extract.DEFAULT)) == [
        "青年博士服务团", "青年博士服务团第三分团"]
    assert of_type("Organization", "第二分团赴白云县开展服务。", kg.extract.DEFAULT) == ["第二分团"]


def test_a_persons_verb_is_no_part_of_the_body_after_it():
    names = of_type("Organization", "青山集团董事长王立山受聘青山理工学院南京校友会 名誉会长", ("ensemble", "organization"))
    assert "青山理工学院南京校友会" in names
    assert not any(n.startswith("受聘") for n in names)


def test_a_studio_named_after_the_one_who_leads_it_opens_with_the_name():
    assert "王志强劳模创新工作室" in of_type("Organization", "6月5日，他来到王志强劳模创新工作室，与青年员工交流。",
                                            ("ensemble", "organization"))
    assert of_type("Organization", "王志强说，工作室的员工很多。", ("ensemble", "organization")) == []


def test_a_railway_named_by_its_cities_first_characters_holds_no_person():
    people = of_type("Person", "今年3月，宁杭高铁二期工程开工，总工程师赵立新到场。", ("ensemble",))
    assert "宁杭" not in people and "赵立新" in people


def test_a_bank_read_by_its_head_gives_way_to_its_centre_both_recognizers_read_whole():
    names = of_type("Organization", "调研组听取了汇报，人民银行征信中心主任孙梅作了讲话。", ("ensemble", "organization"))
    assert names == ["人民银行征信中心"]


def test_two_places_read_side_by_side_that_spell_a_township_are_the_township():
    places = of_type("Place", "5月3日，他来到党家岘乡调研。", ("ensemble", "organization"))
    assert places == ["党家岘乡"]
    assert "长春中路街道" not in of_type("Place", "5月3日，他来到长春中路街道调研。", ("ensemble", "organization"))


def test_a_meetings_head_that_opens_a_longer_word_is_no_event():
    for text in ("省气象局召开防汛工作会商会。", "县市场监管局在执法工作会同公安部门开展检查。"):
        assert of_type("Initiative", text, kg.extract.DEFAULT) == [], text
    assert of_type("Initiative", "青山县召开安全生产工作会，县长王五讲话。", kg.extract.DEFAULT) == ["安全生产工作会"]


def test_a_pond_named_with_the_shore_of_a_lake_is_the_pond():
    for text, pond in (("游客在滇池湖畔拍照。", "滇池"), ("市民在翠湖池湖畔散步。", "翠湖池")):
        assert of_type("Place", text, kg.extract.DEFAULT) == [pond], text


def test_a_person_before_the_word_railway_is_still_a_person():
    assert of_type("Person", "张三铁路工作三十年，获得表彰。", kg.extract.DEFAULT) == ["张三"]


def test_a_name_does_not_take_in_the_last_character_of_the_verb_before_it():
    # 到达 阳曲县…: the tagger reads 达阳曲县… as one name
    assert of_type("Organization", "记者一行到达阳曲县青禾牧业公司，看到工人正忙着。", kg.extract.DEFAULT) == ["阳曲县青禾牧业公司"]
    assert of_type("Place", "车队到达阳新县城。", kg.extract.DEFAULT) == ["阳新县"]
    assert of_type("Place", "他们来到达州市。", kg.extract.DEFAULT) == ["达州市"]


def test_no_name_runs_over_the_brackets_of_a_heading():
    # CCTV's item heads: 【…】 then the item's first sentence
    text = "【喜迎第十届全运会】省体育局和青山市政府举行联合发布会。"
    names = [m.text for m in run(parse(text))[0]]
    assert not [n for n in names if "】" in n or "【" in n] and "省体育局" in names


def test_a_preposition_before_a_body_is_no_part_of_its_name():
    # 同 ("with") that jieba reads as a word of its own, whatever part of speech it gives it here
    text = "省长王五在同团省委班子成员座谈时表示，要关心青年。"
    assert of_type("Organization", text, kg.extract.DEFAULT) == ["团省委"]
    assert of_type("Place", "他在和县工作。", kg.extract.DEFAULT) == ["和县"]  # (a place's own first character stays)
    # the tagger's place 同法国, where jieba reads 同 alone (西安 同 法国)
    places = of_type("Place", "王五在西安同法国总统会面。", kg.extract.DEFAULT)
    assert "法国" in places and "同法国" not in places


def test_a_county_whose_first_character_is_a_preposition_keeps_it():
    # 从 of 从江县 is "from" as often: the tagger reads 江县…, jieba the county
    text = "从江县人民政府发布通知。"
    assert of_type("Organization", text, kg.extract.DEFAULT) == ["从江县人民政府"]
    assert of_type("Place", "从江县召开会议。", kg.extract.DEFAULT) == ["从江县"]
    assert of_type("Place", "他从郑州市出发。", kg.extract.DEFAULT) == ["郑州市"]


def test_the_items_of_a_list_counted_as_villages_are_places():
    g = kg.build("3月28日，检查组先后到孙家洼、李王许、周官庄、钱坡等8个村，查看整治成效。")
    types = {e.name: e.type for e in g.entities.values()}
    assert all(types.get(n) == "Place" for n in ("孙家洼", "李王许", "周官庄", "钱坡")), types
    # counted as people: not places
    g = kg.build("3月28日，检查组先后看望了孙家洼、李王许、周官庄等8名老党员。")
    assert not any(e.type == "Place" and e.name in ("孙家洼", "李王许", "周官庄") for e in g.entities.values())


def test_a_town_of_the_gazetteer_that_opens_its_party_committees_name_is_a_place_not_a_person():
    g = kg.build("王和镇党委书记李明讲话。")
    assert {e.name: e.type for e in g.entities.values()}.get("王和镇") == "Place"


def test_a_list_is_counted_as_villages_only_by_a_kind_that_ends_the_word_or_a_count():
    def types(text: str) -> dict[str, str]:
        return {e.name: e.type for e in kg.build(text).entities.values()}

    assert types("驻村第一书记王大明、李小红等村干部参加了会议。").get("王大明") == "Person"
    assert not any(t == "Place" for t in types("会议要求抓好种植、养殖、加工、物流等乡村振兴重点任务。").values())
    # one name before the count is no list; the people of the villages counted are no villages
    assert types("会上，王大明等3个村的党支部书记作了发言。").get("王大明") != "Place"
    assert types("会上，王大明、李小红等10个村民代表作了发言。").get("李小红") == "Person"


def test_a_person_keeps_the_rare_surname_the_recognizer_left_before_the_name():
    import kg

    # 帅 is a surname of the labeled names; jieba reads 帅小红 as one person's name, the recognizer 小红 alone
    g = kg.build("协会秘书长帅小红、会长帅小勇出席会议。会上，帅小红作了讲话。")
    assert sorted(e.name for e in g.entities.values() if e.type == "Person") == ["帅小勇", "帅小红"]
    # a preposition or a verb that is a surname too is no part of the name (经小红介绍, 应小红邀请)
    g = kg.build("经小红介绍，王五应小红邀请来到青山。")
    assert not {"经小红", "应小红"} & {e.name for e in g.entities.values() if e.type == "Person"}
