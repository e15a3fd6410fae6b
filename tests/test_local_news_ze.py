"""Names inside and beside other names, in the shapes local news writes them: a contingent by its batch, an exchange
of places listed and counted, a ceremony joined by 暨 to a second event, a quoted slogan before a campaign's ceremony,
a ceremony of appointing done together, a list of ceremonies closed by a meeting; a county kept whole in a body's name,
a county and its township opening an event's name, a city paper's place, a brand's branch in its city; a village's
head and a body's man named with 的 as members; a section's head that runs into no name; no body of people in the
plural."""
import kg
from tests.conftest import facts, names


def test_a_contingent_named_by_its_batch_is_a_body_with_the_place_that_sends_it():
    assert "扬州市第十二批援疆医疗队" in names("3月1日，扬州市第十二批援疆医疗队启程前往喀什。", "Organization")
    assert "第五批援藏工作队" in names("县委为第五批援藏工作队举行了欢送会。", "Organization")
    assert "第十批援疆医疗队" in names("第三批援疆干部人才和第十批援疆医疗队出发。", "Organization")
    assert "白石医院第五批“组团式”援疆医疗队" in names("白石医院第五批“组团式”援疆医疗队抵达喀什。", "Organization")
    # (not a clause from the batch to a team (第一批志愿者加入了…救援队), a team's act (带队), a team stationed in a village,
    # whose sender is read apart: none of these is a batch's contingent)
    for text in ("第一批志愿者加入了青山县蓝天救援队。", "第一批志愿者加入青山县蓝天救援队。", "今年第一批援疆干部带队，前往喀什。",
                 "第二批驻村工作队来到白石村。"):
        assert not any("批" in n for n in names(text, "Organization")), text
    # (a generic team of a batch is no body: 团队, 梯队; nor 队 that opens a word: 队伍)
    assert not any("批" in n for n in names("第一批创业团队入驻园区。第三批援疆队伍出发。", "Organization"))


def test_places_listed_and_counted_before_an_exchange_are_its_parties_not_its_venue():
    text = "5月18日，扬州市、泰州市两地青年干部交流活动在南京市举行。"
    assert "扬州市、泰州市两地青年干部交流活动" in names(text, "Initiative")
    located = {o for s, p, o in facts(text) if p == "location" and s.startswith("扬州市、泰州市")}
    assert "扬州市" not in located and "泰州市" not in located
    # (nor the last place of a chain that opens the list)
    text = "5月18日，江苏省扬州市、安徽省滁州市两地青年干部交流活动在南京市举行。"
    assert not {o for s, p, o in facts(text) if p == "location" and s.startswith("江苏省扬州市")} & {"扬州市", "滁州市"}
    # (every party stays a place of the article; a list joined by 和 too)
    assert {"扬州市", "泰州市"} <= names("5月18日，扬州市、泰州市两地青年干部交流活动在南京市举行。", "Place")
    text = "5月18日，扬州市和泰州市两地青年干部交流会在南京市举行。"
    assert not {o for s, p, o in facts(text) if p == "location" and s.startswith("扬州市和")} & {"扬州市", "泰州市"}
    # (a county and its townships as parties: the event is in none of them)
    text = "5月18日，海盐县百步镇、于城镇两地联合运动会在县体育馆举行。"
    assert not {o for s, p, o in facts(text) if p == "location" and s.startswith("海盐县")} & {"百步镇", "于城镇", "海盐县"}
    # (a list the count does not close names no event: 植树、护林活动)
    assert not any("、" in n for n in names("5月18日，青山市、白石县三地青年干部交流活动在红星市举行。", "Initiative"))


def test_a_ceremony_joined_by_ji_to_an_event_of_no_known_kind_is_held_there():
    text = "5月8日，2023年青山市“敬老周”活动启动仪式暨“孝老故事汇”在青山市会展中心举行。"
    assert "2023年青山市“敬老周”活动启动仪式" in names(text, "Initiative")
    # (an activity after 暨 is named whole with the ceremony)
    text = "5月8日，青山市博爱周启动仪式暨志愿服务活动在人民广场举行。"
    assert names(text, "Initiative") == {"青山市博爱周启动仪式暨志愿服务活动"}


def test_a_quoted_slogan_before_a_campaigns_ceremony_is_part_of_its_name():
    text = "6月3日，青山集团在白石煤矿举行了“人人懂消防、个个会逃生”2024年“消防宣传月”活动启动仪式。"
    assert "“人人懂消防、个个会逃生”2024年“消防宣传月”活动启动仪式" in names(text, "Initiative")


def test_a_ceremony_of_appointing_done_together_is_no_act_of_the_title_before_it():
    text = "10月16日，县教育局举行全县中小学校外副校长集中聘任仪式。县检察院检察长王强出席仪式并讲话。"
    assert "全县中小学校外副校长集中聘任仪式" in names(text, "Initiative")


def test_a_list_of_ceremonies_closed_by_a_meeting_names_no_event_from_the_last_head():
    text = "县委举行了“乡村书屋”图书捐赠仪式、青山大学奖学金捐赠仪式、白石出版社图书捐赠仪式及座谈会。"
    assert not any(n.startswith("仪式") for n in names(text, "Initiative"))


def test_a_body_named_in_full_keeps_the_county_whose_name_ends_like_a_conjunction():
    # (和 of 太和县 is no conjunction: the body named alone later, 县总工会, does not cut the name)
    orgs = names("近日，太和县总工会启动送春联活动。\n\n下一步，县总工会将继续开展慰问。", "Organization")
    assert "太和县总工会" in orgs
    # (a verb before a body named alone still opens no name: 积极参与 of 积极参与青山集团)
    assert "青山集团" in names("青山集团与白石公司签约。\n\n白石公司积极参与青山集团的项目建设。", "Organization")


def test_a_county_and_its_township_opening_an_events_name_are_places_one_in_the_other():
    text = "日前，海盐县百步镇第三届农民运动会在镇文化广场开幕。"
    assert {("百步镇", "containedInPlace", "海盐县"), ("海盐县百步镇第三届农民运动会", "location", "百步镇")} <= facts(text)
    # (a city before them: the event is in the township still, not in the county)
    located = {o for s, p, o in facts("日前，嘉兴市海盐县百步镇第三届农民运动会开幕。") if p == "location"}
    assert "百步镇" in located and "海盐县" not in located


def test_a_short_line_of_phrases_over_a_paragraph_heads_it_and_runs_into_no_name():
    text = "近日，白石镇启动春节慰问活动。\n\n示范引领，精准发力\n\n" + BODY
    assert names(text, "Organization") == {"县总工会"}
    lead = "近日，白石镇启动春节慰问活动。\n\n"
    # (a subject cut short goes on to its verb or preposition: 今年以来，白石镇党委 / 坚持…)
    assert joined(lead + "今年以来，白石镇党委\n\n坚持党建引领，扎实推进乡村振兴各项工作，取得明显成效。", "党委", "坚持")
    assert not joined(lead + "示范引领，精准发力\n\n" + BODY, "精准发力", "县总工会")
    # a line that layout cut goes on: cut inside a word (党员中|心户), one that is long, ends on a mark, or over a rest no
    # longer than twice itself or ending no sentence, or one glued already
    assert joined(lead + "三级网格由楼院长，党员中\n\n心户等组成，覆盖全县各个村庄和社区的每家每户，服务群众。", "党员中", "心户")
    assert joined(lead + "党建引领凝聚合力，精准发力服务职工，多方联动\n\n" + BODY * 2, "多方联动", "县总工会")
    assert joined(lead + "示范引领，精准发力，\n\n" + BODY, "精准发力，", "县总工会")
    assert joined(lead + "示范引领，精准发力\n\n县总工会聚焦职工需求。", "精准发力", "县总工会")
    assert joined(lead + "示范引领，精准发力\n\n" + BODY[:-1] + "，\n\n全年服务职工一万人次。", "精准发力", "县总工会")
    assert joined(lead + "各乡镇示范引领，\n\n精准发力\n\n" + BODY, "精准发力", "县总工会")


BODY = "县总工会聚焦职工需求，派送春联礼包三千份，覆盖全县各乡镇。"


def joined(text: str, before: str, after: str) -> bool:
    """Whether one sentence of the build of ``text`` holds ``before`` and then ``after``."""
    g = kg.build(text=text)
    return any(before + after in s.text for d in g.documents for a in d.articles for s in a.sentences)


def test_a_city_papers_dateline_places_the_citys_bodies_named_by_their_level():
    text = "市里启动助残日活动\n\n汕头日报讯（记者 李明）5月21日，市残联在人民广场举行助残日活动。"
    assert ("市残联", "location", "汕头市") in facts(text)


def test_a_brands_branch_lies_in_the_city_its_name_holds_after_the_brand():
    assert ("中国移动苏州分公司", "location", "苏州市") in facts("近日，中国移动苏州分公司开展志愿服务。")
    assert ("中国电信无锡分公司", "location", "无锡市") in facts("近日，中国电信无锡分公司开展志愿服务。")
    assert ("国网铜仁供电公司", "location", "铜仁市") in facts("国网铜仁供电公司组织党员服务队保电。")
    # (no city between the brand and the head: none)
    assert not {p for s, p, o in facts("青山电信分公司开展志愿服务。") if p == "location"}


def test_a_villages_or_communitys_head_named_right_after_it_is_a_member_of_the_place():
    for text, head in (("白石村第一书记王强介绍了村里的情况。", ("王强", "memberOf", "白石村")),
                       ("东街社区书记李红说，社区办起了食堂。", ("李红", "memberOf", "东街社区"))):
        assert head in facts(text), text
    # (a county's 书记 is its party committee's, unnamed: no member of the county)
    assert not {p for s, p, o in facts("海盐县书记王强介绍了情况。") if p == "memberOf"}
    # (a body between takes the member: the village's party branch)
    assert ("王强", "memberOf", "白石村") not in facts("白石村党支部书记王强介绍了村里的情况。")


def test_a_person_named_as_a_bodys_with_de_and_no_title_is_its_member():
    assert ("王强", "memberOf", "青山米业有限公司") in facts("青山米业有限公司的王强告诉记者，今年大豆丰收。")
    # (with a title after the name, the title is the role, as before)
    g = kg.build(text="青山米业有限公司的王强经理告诉记者，今年大豆丰收。")
    assert [f.role for f in g.facts if f.predicate == "memberOf"] == ["经理"]


def test_people_in_the_plural_open_no_bodys_name():
    # (学会 here is "learn", not a society)
    assert names("课堂上，老师引导同学们学会如何安全用电。", "Organization") == set()
