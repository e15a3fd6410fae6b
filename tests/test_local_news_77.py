"""Constructions of the seventy-seventh round's pages (township work in Inner Mongolia and Shandong, a park's projects
breaking ground, a school's contest, a tax office's award, a market bureau's video meeting, a youth league's centre),
each on a short text written for the test."""
from tests.conftest import credits, facts, headlines, names


def test_an_outlet_s_reporter_opening_the_paragraph_before_a_space_is_the_byline():
    text = ("青山县医生有了导师\n\n省城专家带教乡村医生\n\n"
            "青山日报记者罗小兰报道 6月2日，白石镇卫生院医生王五与省城导师签订带教协议。\n\n两人每月见面一次。\n")
    assert credits(text) == {("author", "罗小兰")}
    spoken = "青山县召开会议\n\n青山日报记者现场报道 6月2日，会议召开。\n"  # (no name after the role)
    assert not credits(spoken)


def test_an_edition_s_contest_named_with_its_county_is_one_event_not_a_body():
    text = "固安县举办比赛\n3月9日，县教育局下发关于举办固安县第五届中小学教师技能大赛的通知，各校积极报名。\n"
    assert "固安县第五届中小学教师技能大赛" in names(text, "Initiative")
    assert not {o for o in names(text, "Organization") if "第五届" in o}  # (a term inside: a council's only)
    council = "青山县召开会议\n5月6日，政协固安县第十届委员会主席王五讲话。\n"
    assert "政协固安县第十届委员会" in names(council, "Organization")
    schedule = "世运会日程发布\n成都2025年世界运动会竞赛日程公布，比赛将于8月开始。\n"  # (竞赛 of 竞赛日程: no head)
    assert not {i for i in names(schedule, "Initiative") if i.endswith("竞赛")}
    results = "青山公司技能竞赛揭晓\n青山公司第二届职工技能竞赛结果揭晓。\n"  # (a body's edition, its results after it)
    assert "青山公司第二届职工技能竞赛" in names(results, "Initiative")


def test_inner_mongolia_s_township_and_village_levels_name_places():
    text = "自治区帮扶嘎查发展\n5月6日，工作组来到达尔汗苏木红旗屯嘎查，了解嘎查实际情况。\n"
    places = names(text, "Place")
    assert {"达尔汗苏木", "红旗屯嘎查"} <= places
    assert ("红旗屯嘎查", "containedInPlace", "达尔汗苏木") in facts(text)
    level_apart = "自治区帮扶嘎查发展\n5月6日，工作组来到帮扶点达尔汗苏木白音嘎查，了解嘎查实际情况。\n"
    assert "达尔汗苏木" in names(level_apart, "Place")  # (the tagger's 达尔汗, then 苏木 read into a name)
    assert not {p for p in names(level_apart, "Person") if p.endswith("白音")}
    branch = "嘎查党支部获表彰\n锡林郭勒盟乌兰图雅嘎查党支部书记王五介绍经验。\n"  # (a body in the village)
    assert ("锡林郭勒盟乌兰图雅嘎查党支部", "location", "乌兰图雅嘎查") in facts(branch)
    committee = "苏木党委召开会议\n5月6日，达尔汗苏木党委书记王五主持会议。\n"
    assert ("达尔汗苏木党委", "location", "达尔汗苏木") in facts(committee)
    medicine = "药材公司签约\n云南苏木中药材有限公司总经理李四出席签约仪式。\n"  # (苏木, a medicine: no township)
    assert "云南苏木" not in names(medicine, "Place")
    countryside = "乡村旅游升温\n海南乡村旅游持续升温，长沙乡村民宿一房难求。\n"  # (乡村: no township 海南乡)
    assert {"海南乡", "长沙乡"}.isdisjoint(names(countryside, "Place"))
    cut = "嘎查组织学习\n科右中旗巴彦呼舒镇哈日道布嘎查村民委员会组织村民学习。\n"  # (a village's name cut by the tagger)
    assert "布嘎查" not in names(cut, "Place")


def test_projects_counted_after_the_first_are_no_event_s_name():
    text = "青山县项目开工\n3月2日，青山县工业园区举行了青山纺织有限公司等9个项目的开工仪式。\n"
    assert not {i for i in names(text, "Initiative") if "等9个" in i}
    presided = "白石镇项目签约\n3月2日，白石镇产业项目集中签约仪式由县委书记王五主持，县长李四致辞。\n"
    assert "白石镇产业项目集中签约仪式" in names(presided, "Initiative")  # (the event the one who presides it names)
    assert ("白石镇产业项目集中签约仪式", "participant", "王五") in facts(presided)
    quoted = "青山县推进美丽乡村建设\n3月2日，“美丽乡村”建设推进会由副县长王五主持。\n"
    assert "“美丽乡村”建设推进会" in names(quoted, "Initiative")
    kind = "青山学院培训班开班\n5月6日，培训班开班。开班仪式由院长李四主持。项目集中签约仪式由副县长王五主持。\n"
    assert {"开班仪式", "项目集中签约仪式"}.isdisjoint(names(kind, "Initiative"))  # (the article's events by their kinds)


def test_a_title_whose_line_closes_with_its_dash_goes_on_under_it():
    text = ("服务暖人心——\n白石区税务局窗口获评全省青年文明号\n"
            "(记者 罗小兰)6月3日,青山市税务局发文，对白石区税务局办税服务厅给予通报表扬。\n")
    assert headlines(text) == ["服务暖人心—— 白石区税务局窗口获评全省青年文明号"]
    subtitle = "服务暖人心——\n——白石区税务局窗口获评全省青年文明号\n本报讯 6月3日，白石区税务局窗口获评青年文明号。\n"
    assert "—— ——" not in headlines(subtitle)[0]  # (a line that opens with the dash is its subtitle)


def test_a_village_opening_with_a_side_in_a_list_is_named_whole():
    text = "青山镇召开会议\n5月6日，会议介绍了红旗村、前李庄村、东湖村的基本情况。\n"
    places = names(text, "Place")
    assert "前李庄村" in places and "李庄村" not in places


def test_a_body_the_tagger_ran_into_a_word_after_it_is_cut_there():
    text = "青山市中学开放日\n启动仪式后，嘉宾参观了市一中校史馆。\n"
    assert not {o for o in names(text, "Organization") if o.endswith("中校")}
    hospital = "医院发展迅速\n市一中医院院长王五介绍了医院发展情况。\n"  # (a hospital's name, 医院院长 one word)
    assert ("王五", "memberOf", "市一中医院") in facts(hospital)


def test_a_county_s_city_listed_with_others_is_not_the_article_s_city():
    text = ("南漳县召开推进会\n9月2日，南漳县市场监管局召开视频会。襄州、利川作交流发言。\n"
            "市市场监管局局长郭芳在会上强调，要抓好食品安全工作。\n")
    assert not {(s, p, o) for s, p, o in facts(text) if s == "市市场监管局" and p == "location"}


def test_a_unit_s_parent_is_the_longest_body_the_text_names_that_opens_its_name():
    text = ("青山市召开教研会\n5月6日，青山市教育局教研中心副主任李四出席。青山市教育局教研中心语文部主任王五作报告。\n")
    found = facts(text)
    assert ("青山市教育局教研中心语文部", "parentOrganization", "青山市教育局教研中心") in found
    assert ("青山市教育局教研中心语文部", "parentOrganization", "青山市教育局") not in found


def test_a_body_listed_with_a_body_above_in_its_name_is_no_unit_of_the_list_s_first():
    text = "青山区举办比赛\n出席开幕式的还有区委常委、宣传部长罗小勇、国家体育总局青少年体育司综合部主任王五等。\n"
    found = facts(text)
    assert ("宣传部", "parentOrganization", "区委") in found
    assert not {o for s, p, o in found if s == "国家体育总局青少年体育司综合部" and p == "parentOrganization"
                and o == "宣传部"}


def test_a_student_named_after_the_number_of_the_class_is_named_without_its_class():
    text = "青山中学举办交流会\n出席的还有学生会主席李小红和特邀嘉宾 305 班容梓琪。\n"
    people = names(text, "Person")
    assert "容梓琪" in people and "班容梓琪" not in people
    listed = "全国政协委员名单\n委员有李小红（藏族）\u3000班禅额尔德尼·确吉杰布（藏族）\u3000王五。\n"  # (a bracket, no class)
    assert not {p for p in names(listed, "Person") if p.startswith("禅")}
