"""Offices and colleges named by their heads alone: 教务处 and 科技处, which jieba holds as one word, 新闻科 before a
name, a school's colleges named by their field (信息学院): the twelfth round (docs/extraction.md). Each test is a short
text written for it.
"""
from __future__ import annotations

import kg


def built(text: str):
    g = kg.build(text)
    return {n for e in g.entities.values() if e.type == "Organization" for n in (e.name, *e.aliases)}, set(g.named_facts())


def test_an_office_jieba_holds_as_one_word_is_a_body_after_its_school_or_before_its_title():
    orgs, facts = built("青山科技大学教务处处长王大明介绍了情况。会上，我校科技处负责人发言。")
    assert {"青山科技大学教务处", "科技处"} <= orgs
    assert ("王大明", "memberOf", "青山科技大学教务处", "处长") in facts


def test_an_office_listed_after_a_college_is_a_body_and_the_school_before_them_is_the_publisher():
    orgs, _ = built("学校信息学院、科技处相关人员出席会议。")
    assert {"信息学院", "科技处"} <= orgs and "学校信息学院" not in orgs


def test_words_that_end_like_an_office_stay_words():
    orgs, _ = built("两县交界处有一座新桥。地处城乡结合部的红旗村变了样。")
    assert not any(n.endswith(("交界处", "结合部")) for n in orgs)


def test_a_schools_colleges_named_by_their_field_are_bodies_but_no_school_of_a_president():
    orgs, facts = built("我校农学院张万军教授携机电学院雷大龙副教授赴青山区调研。校长王大明、信息学院院长李小红出席。"
                        "学校要建设一流学院。")
    assert {"农学院", "机电学院", "信息学院"} <= orgs and "一流学院" not in orgs
    assert not any(s == "王大明" and o == "信息学院" for s, _, o, _ in facts)


def test_a_field_joined_by_a_conjunction_is_not_cut_off_a_colleges_name():
    orgs, _ = built("我校远程与继续教育学院的老师参加了培训。")
    assert "教育学院" not in orgs


def test_bodies_a_country_opens_are_no_units_of_the_articles_school():
    _, facts = built("青山大学与美国科学院合作。青山大学教授张大明介绍，美国农业部和青山大学签署协议。青山大学图书馆开放。")
    parents = {(s, o) for s, p, o, _ in facts if p == "parentOrganization"}
    assert ("美国科学院", "青山大学") not in parents and ("美国农业部", "青山大学") not in parents


def test_an_office_opened_by_the_body_before_it_or_closed_by_its_heads_title_is_a_body():
    orgs, facts = built("上海合作组织秘书处秘书长王大明出席。据悉，教务处处长李小红介绍了情况。")
    assert {"上海合作组织秘书处", "教务处"} <= orgs and "秘书处" not in orgs
    assert ("李小红", "memberOf", "教务处", "处长") in facts


def test_a_section_the_segmenter_runs_into_the_next_name_is_cut_where_the_tagger_cuts_it():
    orgs, facts = built("红河县宣传部新闻科李大顺科长说。")
    assert ("李大顺", "memberOf", "红河县宣传部新闻科", "科长") in facts


def test_words_that_close_no_bodys_name_are_no_offices_after_the_publisher():
    orgs, _ = built("我校重点学科建设取得进展，我校中西部招生计划启动，我校老干部参加了活动，我校教务处负责人讲话。")
    assert not orgs & {"重点学科", "中西部", "老干部"} and "教务处" in orgs


def test_an_office_before_its_heads_title_is_a_body():
    orgs, facts = built("会上，财务科负责人王大明说，今年开支减少。")
    assert "财务科" in orgs and ("王大明", "memberOf", "财务科", "负责人") in facts


def test_the_colleges_of_a_list_are_the_schools_when_the_list_ends_with_their_staff():
    orgs, _ = built("青山大学召开会议。信息学院、机电学院和外国语学院负责人参加。我校法学院院长王大明讲话。")
    assert {"信息学院", "机电学院", "外国语学院", "法学院"} <= orgs


def test_offices_named_bare_are_the_schools_not_a_colleges_named_by_its_field():
    _, facts = built("青山大学召开会议。青山大学校长王大明出席，信息化处、科研处负责人参加。")
    assert ("信息化处", "parentOrganization", "青山大学", "") in facts
    _, facts = built("计算机学院召开会议。计算机学院院长王大明出席，信息化处、科研处负责人参加。")
    assert not any(p == "parentOrganization" and o == "计算机学院" for _, p, o, _ in facts)


def test_fields_joined_inside_an_institutes_name_and_its_centre_after_it_are_one_name():
    orgs, facts = built("红河科学院遗传与发育生物学研究所水稻研究中心主任王大明介绍。")
    assert "红河科学院遗传与发育生物学研究所水稻研究中心" in orgs
    assert not any(n.startswith("发育") for n in orgs)


def test_a_unit_whose_heads_title_repeats_its_head_is_a_body_of_the_institute_named_before():
    orgs, facts = built("青山环境研究院院长王明出席。院水质检测所所长李红、院土样分析所所长赵刚参会。")
    assert {"水质检测所", "土样分析所"} <= orgs and "院水质检测所" not in orgs
    assert ("李红", "memberOf", "水质检测所", "所长") in facts
    assert ("土样分析所", "parentOrganization", "青山环境研究院", "") in facts


def test_a_level_alone_opens_a_bodys_name_in_a_list():
    orgs, _ = built("县农机站站长陈亮、县规划办公室和县燃气公司派人去了青山村。")
    assert {"县农机站", "县规划办公室", "县燃气公司"} <= orgs


def test_a_body_jieba_knows_by_its_name_is_found_but_not_a_word_that_ends_like_one():
    orgs, facts = built("城乡建设局、气象局的干部职工参加了植树活动。我们要构建发展新格局。")
    assert "城乡建设局" in orgs and "新格局" not in orgs
    assert not any(p == "location" and o == "城乡" for _, p, o, _ in facts)  # 城乡: no township 城


def test_a_department_named_by_two_fields_after_its_hospital_is_its_unit():
    orgs, facts = built("青山市第一医院骨与关节外科医生张大方参加义诊。他学习骨与关节外科知识。")
    assert "青山市第一医院骨与关节外科" in orgs
    assert ("青山市第一医院骨与关节外科", "parentOrganization", "青山市第一医院", "") in facts


def test_the_items_of_a_list_counted_as_bodies_are_bodies():
    orgs, _ = built("学校的书法协会、围棋社和摄影社等三家社团参加了展演。")
    assert {"书法协会", "围棋社", "摄影社"} <= orgs


def test_a_head_said_twice_makes_no_body():
    orgs, _ = built("青山县中医医院医院开放床位一百张。")
    assert orgs == {"青山县中医医院"}


def test_a_health_centre_needs_a_name_and_an_alumni_association_is_a_body():
    orgs, _ = built("医疗队先后来到青山县东坡卫生院、白沙卫生院。医院将根据受援卫生院的实际困难，帮助提升卫生院的服务水平。"
                    "青山学院校友总会、广州校友会的代表出席。")
    assert {"青山县东坡卫生院", "白沙卫生院", "青山学院校友总会", "广州校友会"} <= orgs
    assert not orgs & {"受援卫生院", "提升卫生院"}


def test_a_year_opens_no_bodys_name():
    orgs, _ = built("团委开展了2019年度团支部书记培训。")
    assert not any(n.startswith("年度") for n in orgs)


def test_a_congratulation_opens_no_bodys_name():
    orgs, facts = built("热烈祝贺集团总经理李青山荣获全市劳动模范称号！")
    assert not any("祝贺" in n for n in orgs)


def test_a_bureau_named_by_two_fields_joined_by_a_conjunction_is_one_body_after_its_level():
    orgs, facts = built("县文化和旅游局局长张三出席。市自然资源和规划局发布公告。学生和教育局的工作人员参加了活动。"
                        "苏州市文化体育和旅游局副局长李四讲话。县卫生和计划生育委员会开展义诊。县领导和旅游局负责人座谈。"
                        "要加强学校和教育局的联系。")
    assert {"县文化和旅游局", "市自然资源和规划局", "苏州市文化体育和旅游局", "县卫生和计划生育委员会"} <= orgs
    assert ("张三", "memberOf", "县文化和旅游局", "局长") in facts
    assert not any(n.endswith(("和教育局", "领导和旅游局")) for n in orgs)


def test_a_bureau_whose_head_jieba_glues_to_its_second_field_is_no_body_cut_from_its_first_fields():
    orgs, _ = built("市文化广电和旅游局发布通知。要确保新年开好局。")
    assert "旅游局" not in orgs and not any(n.endswith("开好局") for n in orgs)


def test_a_ministry_named_by_its_field_alone_is_a_body_where_the_trained_model_reads_it_so():
    orgs, _ = built("近日，应急管理部印发通知，部署防汛工作。退役军人事务部部署烈士纪念工作。")
    assert {"应急管理部", "退役军人事务部"} <= orgs


def test_a_unit_the_model_reads_is_no_body_where_its_head_is_a_verb_a_counter_or_a_kind_of_body_opens_it():
    orgs, _ = built("活动由青山市文联主办，青山经济区协办。患者在门诊挂号处排队。公司销售部全体员工合影。"
                    "他曾在情报局工作。青山县人大常委会党组书记王五讲话。")
    assert not any(n.endswith(("协办", "挂号处", "销售部", "情报局", "党组")) for n in orgs)


def test_a_bureaus_abbreviation_jieba_cuts_apart_is_a_body_but_a_verbs_object_is_none():
    orgs, _ = built("近日，县林草局召开专题会议。这是一场破局之战，要奋力开新局。暑运期间增开跨局列车。")
    assert "县林草局" in orgs
    assert not any(n.endswith(("破局", "开新局", "跨局")) for n in orgs)


def test_two_fields_joined_by_a_conjunction_name_one_college_or_centre():
    # a school's college named by two fields (its own news), and a centre whose second field jieba glues to the head
    orgs, facts = built("我校园艺与植物学院院长王大明出席会议。青山大学规划与管理中心主任李小红一行来访。")
    assert ("王大明", "memberOf", "园艺与植物学院", "院长") in facts
    assert ("李小红", "memberOf", "青山大学规划与管理中心", "主任") in facts
    orgs, _ = built("青山大学资产与后勤管理中心主任李小红一行来访。")
    assert "青山大学资产与后勤管理中心" in orgs
    # such a centre says it is a body twice, by its head's title and by its owner or the person the title is of, and
    # its first field is a field of work: not one of them alone, nor people or a thing and a service
    for text in ("青山大学规划与管理中心开展培训。", "规划与管理中心主任说，培训开始。", "青山大学午餐与管理中心主任李四说。"):
        orgs, _ = built(text)
        assert not any(o.endswith(("与管理中心", "和服务中心")) for o in orgs), (text, orgs)
    # fields that jieba reads as verbs and the tagger as nouns of action (招生, 就业, 创意)
    orgs, facts = built("会上，招生与就业服务中心主任李小红、规划与管理中心主任赵大海发言。实践与就业服务中心主任王五出席。")
    assert ("李小红", "memberOf", "招生与就业服务中心", "主任") in facts
    assert ("王五", "memberOf", "实践与就业服务中心", "主任") in facts  # (实践: a word that ends names to the walk)
    assert ("赵大海", "memberOf", "规划与管理中心", "主任") in facts
    _, facts = built("学校召开会议。设计与创意学院执行院长王大明出席会议。")
    assert ("王大明", "memberOf", "设计与创意学院", "执行院长") in facts


def test_a_schools_departments_are_named_by_their_field_and_系():
    orgs, facts = built("学校召开总结会。计算机系主任王大明、外语系李小红、机械制造系教师赵大海发言。双方关系密切。")
    assert {"计算机系", "外语系", "机械制造系"} <= orgs
    assert ("王大明", "memberOf", "计算机系", "主任") in facts
    assert ("李小红", "memberOf", "外语系", "") in facts  # (the department right before the name, no title)
    assert not any(o.endswith("关系") for o in orgs)
    orgs, _ = built("学校召开总结会。要加强计算机系学生管理。")
    assert "计算机系" in orgs and not any(o.startswith("加强") for o in orgs)
    orgs, facts = built("学校召开总结会。青山大学计算机系主任王大明发言，兰州大学生物系教授李小红参加。")
    assert {"青山大学计算机系", "兰州大学生物系"} <= orgs and not {"计算机系", "生物系"} & orgs
    # only in a school's news, and only before the department's staff or a person
    orgs, _ = built("公司召开总结会。计算机系主任王大明发言。")
    assert "计算机系" not in orgs
    orgs, _ = built("学校召开总结会。计算机系统升级完成，机械制造系列产品展出。")
    assert not any(o.endswith("系") for o in orgs), orgs


def test_an_office_listed_before_a_conjunction_jieba_glues_to_its_head_is_a_body():
    orgs, _ = built("会上，档案工作处、宣传工作处及外事工作处负责人发言。")  # (jieba reads 处及 as one word)
    assert {"档案工作处", "宣传工作处", "外事工作处"} <= orgs


def test_a_senior_high_school_and_a_college_joined_by_和_are_two_bodies():
    import kg

    names = {e.name for e in kg.build("9月22日，青山公安分局在青山高中和职业学院开展宣传活动。").entities.values()
             if e.type == "Organization"}
    assert "青山高中" in names and "青山高中和职业学院" not in names


def test_a_townships_body_keeps_the_towns_name_that_jieba_cuts_into_common_words():
    # 开张镇 and 万里镇 are townships of the gazetteer; jieba reads 开张 as a verb, 万里 as a numeral and a measure
    orgs, facts = built("县委常委、宣传部长、开张镇党委书记王大明和万里镇政府代表出席。")
    assert {"开张镇党委", "万里镇政府"} <= orgs
    assert ("王大明", "memberOf", "开张镇党委", "书记") in facts
    # a level alone stays alone: no town's name before it
    orgs, _ = built("全体干部来到镇党委。")
    assert "镇党委" in orgs
