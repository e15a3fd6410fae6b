"""Constructions that the local dev sets showed kg missing in the twenty-third round.

Each test is a short text written for it; docs/extraction.md ("Twenty-third round") says why.
"""
from __future__ import annotations

import kg
from tests.conftest import graph


def test_a_place_chain_in_a_line_of_its_own_says_where_the_smaller_place_lies():
    # a dated line that says where the report is from, then the report
    _, facts = graph("青山来信\n5月3日 德清莫干山镇红旗村\n今天走进红旗村，村里的小路干干净净。")
    assert {("莫干山镇", "containedInPlace", "德清县"), ("红旗村", "containedInPlace", "莫干山镇")} <= facts
    # a headline's words run together: two regions side by side say nothing of each other
    _, facts = graph("杭州亚运会志愿者出发\n今天，志愿者们出发了。")
    assert not {f for f in facts if f[1] == "containedInPlace" and f[2] == "杭州市"}


def test_a_quoted_campaign_keeps_its_year_and_what_it_is_of_and_a_list_of_them_is_no_name():
    g = kg.build("此次义诊是市委宣传部组织的2022年秋科技文化“送健康”示范活动的一部分。")
    assert [e.aliases for e in g.entities.values() if e.name == "送健康"] == [["2022年秋科技文化“送健康”示范活动"]]
    # 等 closes the names: each campaign is its quotation alone
    g = kg.build("社区举办“健康进家门”、“义诊进小区”等系列活动。")
    assert sorted((e.name, *e.aliases) for e in g.entities.values()) == [
        ("义诊进小区", "“义诊进小区”"), ("健康进家门", "“健康进家门”")]
    # a name of two phrases parted by a half-width comma, as web pages write it
    entities, _ = graph("街道开展“共创文明城,同建幸福家”主题宣传活动。")
    assert ("Initiative", "共创文明城,同建幸福家") in entities


def test_a_department_of_an_affiliated_hospital_names_the_whole_chain_of_parents():
    entities, facts = graph("李明是青山科技大学医学院附属第一医院眼科主任。")
    assert {("青山科技大学医学院附属第一医院眼科", "parentOrganization", "青山科技大学医学院附属第一医院"),
            ("青山科技大学医学院附属第一医院", "parentOrganization", "青山科技大学医学院"),
            ("青山科技大学医学院", "parentOrganization", "青山科技大学")} <= facts


def test_a_job_fair_is_an_event_named_from_its_cohort_and_seasons():
    entities, _ = graph("上周青山学院举办的2021届本科毕业生春夏季专场招聘会，共有40家企业参加。")
    assert ("Initiative", "2021届本科毕业生春夏季专场招聘会") in entities
    entities, _ = graph("近日举行的秋冬季运动会吸引了全校师生。")  # (two seasons name it as one does)
    assert ("Initiative", "秋冬季运动会") in entities
    # a fair of a kind, with no year or cohort, names none
    entities, _ = graph("各地举办专业性招聘会、秋冬季校园招聘会等。")
    assert not {n for t, n in entities if t == "Initiative"}
    entities, _ = graph("春节后，多地新春推介会持续进行。")  # (a count of places opens no name)
    assert ("Initiative", "新春推介会") in entities


def test_an_event_named_as_held_before_leaves_the_article_one_event_for_its_attendees():
    text = ("11月3日，青山学院受邀参加红河区产学研对接大会。学校日前举行的2023届学生专场招聘会吸引了多家企业。"
            "就业处处长王五、科研处处长赵六随同参会。")
    _, facts = graph(text)
    assert {("红河区产学研对接大会", "participant", "王五"), ("红河区产学研对接大会", "participant", "赵六")} <= facts
    # two events of the day: no one is given to either
    _, facts = graph(text.replace("日前举行的", "当天举行的"))
    assert not {f for f in facts if f[1] == "participant" and f[2] in ("王五", "赵六")}


def test_a_partys_committee_of_a_city_lies_in_the_city_and_its_chair_is_a_member():
    entities, facts = graph("市政协副主席、民建鸡西市委主委王大明出席活动。九三学社青山市委副主委李文出席。")
    assert ("Place", "民建鸡西市") not in entities
    assert {("民建鸡西市委", "location", "鸡西市"), ("王大明", "memberOf", "民建鸡西市委"),
            ("王大明", "memberOf", "市政协")} <= facts
    assert {("九三学社青山市委", "location", "青山市"), ("九三学社青山市委", "parentOrganization", "九三学社"),
            ("李文", "memberOf", "九三学社青山市委")} <= facts
    assert ("九三学社", "location", "青山市") not in facts  # the national party is not in the city


def test_a_campaign_quoted_in_an_events_name_is_an_initiative_the_event_is_part_of():
    g = kg.build("区政府举办“暖心行动”专场招聘会，20家企业参加。全区开展“作风建设年”活动。")
    facts = {(s, p, o) for s, p, o, _ in g.named_facts()}
    assert ("“暖心行动”专场招聘会", "partOf", "暖心行动") in facts
    assert ("“暖心行动”专场招聘会", "organizer", "区政府") in facts
    # a campaign named with its kind is the campaign itself, not part of itself
    assert [e.aliases for e in g.entities.values() if e.name == "作风建设年"] == [["“作风建设年”活动"]]


def test_a_branch_named_by_its_company_then_its_county_lies_in_the_county():
    text = ("国网奉节县供电公司开展迎峰度夏工作\n"
            "8月6日，县委书记王五带领县总工会、县发改局的同志来到国网奉节县供电公司，看望一线职工。")
    entities, facts = graph(text)
    assert ("Place", "国网奉节县") not in entities
    assert {("国网奉节县供电公司", "location", "奉节县"), ("县总工会", "location", "奉节县")} <= facts
    # the county's union is no unit of the company the article is about
    assert ("县总工会", "parentOrganization", "国网奉节县供电公司") not in facts


def test_a_countys_bare_name_opening_a_body_is_the_county_where_its_city_is_named():
    text = "梧州高中举行安全教育课。长洲公安分局民警到校宣讲，长洲派出所所长王五讲话。"
    entities, facts = graph(text)
    assert {("长洲公安分局", "location", "长洲区"), ("长洲派出所", "location", "长洲区"),
            ("长洲区", "containedInPlace", "梧州市")} <= facts
    # with no city of its named, the bare name stays unplaced
    _, facts = graph(text.replace("梧州高中", "青山高中"))
    assert not {f for f in facts if f[2] == "长洲区"}
    # a county's branch after its city's: 濉溪 of 淮北分行濉溪支行, that one place only
    _, facts = graph("青山银行淮北分行濉溪支行开展金融知识宣传。")
    assert ("青山银行淮北分行濉溪支行", "location", "濉溪县") in facts
    _, facts = graph("淮北分行濉溪支行开展金融知识宣传。")
    assert ("淮北分行濉溪支行", "location", "濉溪县") in facts
    assert ("淮北分行濉溪支行", "location", "淮北市") not in facts


def test_a_kind_alone_names_the_body_of_that_kind_the_article_names_first():
    text = ("青山集团与红星集团战略合作签约仪式在集团会议室举行。红星集团党委书记、董事长李四一行到访。"
            "集团党委书记、董事长王五出席并讲话。集团党委委员赵六参加签约仪式。")
    g = kg.build(text)
    facts = {(s, p, o) for s, p, o, _ in g.named_facts()}
    assert {("王五", "memberOf", "青山集团"), ("王五", "memberOf", "集团党委"), ("赵六", "memberOf", "集团党委"),
            ("集团党委", "parentOrganization", "青山集团")} <= facts
    assert not {f for f in facts if f[0] in ("王五", "赵六") and f[2].startswith("红星")}
    # the bare committee is this article's: two articles' 集团党委 are two bodies
    two = kg.build(text=[text, "红河集团与白云集团签约。集团党委书记张三出席。"])
    assert sum(e.name == "集团党委" for e in two.entities.values()) == 2


def bylines(text: str) -> set[tuple[str, str]]:
    g = kg.build(text=text)
    return {(p, o) for s, p, o, _ in g.named_facts() if p in ("author", "contributor")}


def test_bylines_in_the_shapes_of_company_sites_and_provincial_papers():
    # who supplied the text, at the article's end (editors and proofreaders are no authors)
    assert bylines("青山集团举行签约仪式\n10月14日上午，青山集团与红星集团签约。\n供稿:李明\n编辑:王 强") == {("author", "李明")}
    # (after the site's end mark, which ends no article and opens none)
    g = kg.build(text="青山集团举行签约仪式\n\n10月14日上午，青山集团与红星集团签约。\n\nEND\n\n\n\n供稿:李明\n\n编辑:王 强"
                      "\n\n校对:刘明芳\n\n相关文档:\n相关附件:")
    assert [a.headline for d in g.documents for a in d.articles] == ["青山集团举行签约仪式"]
    # the source field names the group's unit, then its writer
    assert bylines("同心抗疫 温暖同行\n发布时间:2022/5/7 17:59:47 浏览次数:86 来源: 集团党群工作部 王小明\n"
                   "近日，集团党委书记王五看望职工。") == {("author", "王小明")}
    # a name apart before a bare 记者: the correspondent who wrote with the reporter
    assert bylines("青山社区开展活动\n  张大山 记者 李小河\n  本报讯 日前，青山社区开展邻里活动。") == {
        ("contributor", "张大山"), ("author", "李小河")}
