"""Constructions of the seventy-fourth round's pages (forest fire drills, work-safety inspections, community shows and
elderly universities, farming technology envoys, women's federations, garbage sorting, school–enterprise signings,
themed party days), each on a short text written for the test."""
from tests.conftest import credits, facts, headlines, names


def test_an_app_s_report_with_a_space_before_its_bracketed_byline():
    text = "白石镇举办读书节\n云上青山报道 (通讯员黄丽) 5月3日，白石镇举办读书节。\n"
    assert credits(text) == {("contributor", "黄丽")}
    centre = "白石镇举办读书节\n青山县融媒体中心 （记者 王丽） 5月3日，白石镇举办读书节。\n"
    assert credits(centre) == {("author", "王丽")}
    told = "白石镇举办读书节\n据青山日报报道 （记者 王丽） 5月3日，白石镇举办读书节。\n"  # (据…报道: what was reported)
    assert credits(told) == set()
    issue = "青山县庆祝记者节\n云上青山报道 （记者节特刊） 11月8日，青山县开展活动。\n"  # (记者 opening a word)
    assert credits(issue) == set()


def test_a_school_s_student_is_a_member_of_the_school():
    text = "青山县开展活动\n活动中，青山县实验小学五年级学生李小婷说，很开心。\n"
    assert ("李小婷", "memberOf", "青山县实验小学") in facts(text)
    bare = "青山县开展活动\n活动中，青山大学学生王五、李六参加。\n"
    assert {("王五", "memberOf", "青山大学"), ("李六", "memberOf", "青山大学")} <= facts(bare)
    aided = "英山县开展助学\n英山县妇联学生李小婷获得资助。\n"  # (no school: a student it aids)
    assert ("李小婷", "memberOf", "英山县妇联") not in facts(aided)
    staff = "青山县开展活动\n活动中，青山大学学生处处长王五讲话。\n"  # (the students' office: its head, no student)
    assert ("王五", "memberOf", "青山大学") not in facts(staff)


def test_a_town_after_its_county_over_the_title_is_the_headline_s_first_line():
    text = ("2024年04月19日\n\n上一期 下一期\nA05 要闻\n2024年04月19日\n\n东海县李埝乡\n\n“农技专家”田间助春耕\n\n  \n\n"
            "    东海县李埝乡\n\n    “农技专家”田间助春耕\n\n本报讯(记者 王文 通讯员 陈达)近日，李埝乡组织农技专家下田指导。\n")
    assert headlines(text) == ["东海县李埝乡 “农技专家”田间助春耕"]
    doubted = ("2025年4月15日 星期二\n临颍县瓦店镇\n织牢反诈安全网\n\n\n"  # (a title the model doubts stays under it)
               "近日，临颍县瓦店镇多部门联动，掀起宣传热潮。镇派出所民警结合案例讲解防骗知识。\n")
    assert headlines(doubted) == ["临颍县瓦店镇 织牢反诈安全网"]
    body = "白石县瓦店镇政府\n织密安全防护网\n\n近日，白石县多部门联动，掀起宣传热潮。\n"  # (a body: no place alone)
    assert headlines(body) != ["白石县瓦店镇政府 织密安全防护网"]
    marked = "2025年4月15日 星期二\n罗田县九资河镇\nA05\n近日，九资河镇举办茶叶节，镇长李强出席。\n"  # (a page's mark)
    assert headlines(marked) == ["罗田县九资河镇"]


def test_an_e_paper_s_list_line_and_a_cut_weekday_are_no_text():
    text = ("第03版:\n本版新闻列表\n \n上一篇  下一篇\n2025年4月15日 星期\n白石县瓦店镇\n织密安全防护网\n\n\n"
            "近日，白石县瓦店镇多部门联动，掀起宣传热潮。志愿者走进集市讲解。\n\n李 旭\n\n\n上一篇  下一篇\n"
            "Copyright© 2002-2018 青山日报社版权所有 未经书面特别授权,请勿转载或建立镜像 建议分辨率1024*768 IE6.0下浏览\n")
    assert headlines(text) == ["白石县瓦店镇 织密安全防护网"]
    assert credits(text) == {("author", "李旭")}
    said = ("东海县开展知识产权宣传\n4月26日，东海县市场监管局在文化广场开展宣传活动。\n"
            "版权所有者应当增强维权意识，工作人员王强向群众讲解了著作权登记流程，发放宣传资料三百余份。\n")
    assert "王强" in names(said, "Person")  # (a sentence that opens with 版权所有: the body's)


def test_a_village_after_this_township_is_named_from_the_village_on():
    text = "白石乡开展培训\n专家来到白石乡，在该乡石寨村村委会，村党支部书记介绍情况。\n"
    assert "石寨村村委会" in names(text, "Organization") and "乡石寨村" not in names(text, "Place")
    assert ("石寨村村委会", "location", "石寨村") in facts(text)
    common = "白石县开展检查\n该县县人民医院和我县人民医院、本市卫生局参加。\n"  # (a common name keeps its level)
    assert {"县人民医院", "市卫生局"} <= names(common, "Organization")
    school = "罗田县九资河镇开展检查\n九资河镇开展安全检查。该镇城关中学校长李强介绍情况。\n"  # (in the town referred to)
    assert ("城关中学", "location", "九资河镇") in facts(school)


def test_the_towns_and_streets_one_answers_for_are_no_town():
    text = "青山县开展检查\n县应急管理局执法中队到包保镇街开展检查。道口镇、大店镇等包保镇街参加。\n"
    places = names(text, "Place")
    assert {"道口镇", "大店镇"} <= places and not places & {"包保镇街", "包保镇"}
    street = "青山县开展检查\n在新镇街开展宣传。\n"  # (a street of a town named 新镇: no word 镇街 there)
    assert "新镇街" in names(street, "Place")
    town = "罗田县开展宣传\n志愿者在凤山镇街开展宣传。\n"  # (a town of the gazetteer before 镇街: that town)
    assert "凤山镇" in names(town, "Place")


def test_a_meeting_whose_line_is_followed_is_not_held_where_the_talk_is():
    text = ("青山县妇联开展宣讲\n3月5日，青山县妇联在鼓楼社区开展政策宣讲活动，将二十届四中全会精神、"
            "全球妇女峰会精神与家庭教育相结合。\n")
    assert not {r for r in facts(text) if r[1] == "location" and r[2] == "鼓楼社区" and r[0] != "政策宣讲活动"}
    held = "青山县妇联开展宣讲\n3月5日，青山县妇联在鼓楼社区举办全县妇女代表大会。\n"
    assert ("全县妇女代表大会", "location", "鼓楼社区") in facts(held)
    relayed = "凤山镇传达会议精神\n凤山镇传达学习3月6日在罗田县召开的全县经济工作会议精神。\n"  # (where it was held)
    assert ("全县经济工作会议", "location", "罗田县") in facts(relayed)


def test_two_talks_joined_keep_the_activity_after_them():
    text = "青山县妇联开展宣讲\n3月5日，青山县妇联在鼓楼社区开展政策专题宣讲暨家庭教育讲座活动。\n"
    assert "政策专题宣讲暨家庭教育讲座活动" in names(text, "Initiative")
    week = "青山县科协开展宣传\n3月5日，青山县科协开展科技下乡暨科普讲座活动周。\n"
    assert "科技下乡暨科普讲座活动周" in names(week, "Initiative")


def test_who_attends_the_celebration_attends_the_ceremony():
    text = ("青山县幼儿园新园开园\n8月29日上午，青山县幼儿园新园开园典礼隆重举行。县委常委、副县长刘小文、"
            "县人大副主任鄢小龙出席了庆典。\n")
    assert {("青山县幼儿园新园开园典礼", "participant", "刘小文"),
            ("青山县幼儿园新园开园典礼", "participant", "鄢小龙")} <= facts(text)
    forum = ("第三届英山茶叶发展论坛开幕\n5月3日，第三届英山茶叶发展论坛在英山县开幕。次日，副县长刘小文出席了庆典。\n")
    assert not {r for r in facts(forum) if r[1] == "participant" and r[2] == "刘小文"}  # (no ceremony: another one)
    dinner = ("青山县幼儿园新园开园\n8月29日上午，青山县幼儿园新园开园典礼隆重举行。副县长刘小文出席了庆典晚宴。\n")
    assert ("青山县幼儿园新园开园典礼", "participant", "刘小文") not in facts(dinner)


def test_the_parties_that_hold_a_signing_take_part_in_it():
    text = "青山学院举行签约仪式\n3月2日下午，青山学院与天山集团在图书馆报告厅举行了校企合作签字仪式。\n"
    found = facts(text)
    for body in ("青山学院", "天山集团"):
        assert {("校企合作签字仪式", "organizer", body), ("校企合作签字仪式", "participant", body)} <= found
    fair = "青山学院举行招聘会\n3月2日下午，青山学院与天山集团在图书馆报告厅举行了“职等你来”专场招聘会。\n"
    found = facts(fair)  # (no signing: its hosts only hold it)
    assert ("“职等你来”专场招聘会", "organizer", "天山集团") in found
    assert not {r for r in found if r[1] == "participant"}
    hosted = "英山县举办洽谈会\n由英山县商务局主办的2025年英山县经贸洽谈会开幕。\n"  # (its host alone: no party)
    assert not {r for r in facts(hosted) if r[1] == "participant"}


def test_who_guides_or_sponsors_an_event_takes_part_in_it():
    text = ("青山县开展活动\n7月20日，由青山县委宣传部主办，由青山县青少年活动中心承办，白石集团、青山电器公司赞助的"
            "“多彩假期”公益活动圆满结束。\n")
    found = facts(text)
    assert {("多彩假期", "participant", "白石集团"), ("多彩假期", "participant", "青山电器公司"),
            ("多彩假期", "organizer", "青山县委宣传部")} <= found
    guided = "青山县开展活动\n由青山县文化旅游局指导，白石镇政府主办的第二届桃花节开幕。\n"
    found = facts(guided)
    assert ("第二届桃花节", "participant", "青山县文化旅游局") in found
    assert ("第二届桃花节", "organizer", "青山县文化旅游局") not in found
    assert ("第二届桃花节", "organizer", "白石镇政府") in found
    listed = "英山县举办读书节\n由英山县文化和旅游局指导、英山县图书馆主办的第三届全民读书节开幕。\n"
    assert ("第三届全民读书节", "participant", "英山县文化和旅游局") in facts(listed)
    leads = "青山县开展活动\n青山县妇联指导白石村开展“最美家庭”评选活动。\n"  # (指导 a body to hold it: no backing)
    assert ("最美家庭", "participant", "青山县妇联") not in facts(leads)


def test_the_home_a_source_field_names_is_the_city_named_bare():
    text = ("我市举办档案日活动\n2024-06-11 12:41:45   来源:福清市融媒体中心\n"
            "6月6日，由市档案局主办的档案宣传活动在社区举行。志愿者还前往福清生态环境局宣传。\n")
    assert ("市档案局", "location", "福清市") in facts(text)


def test_a_unit_named_by_the_level_leaves_the_place_to_its_body():
    text = "青山市开展活动\n10月24日上午，市城管局环卫处青年志愿者来到学校。\n"
    found = facts(text)
    assert {("市城管局", "location", "青山市"), ("市城管局环卫处", "parentOrganization", "市城管局")} <= found
    assert ("市城管局环卫处", "location", "青山市") not in found
    office = "青山市开展活动\n10月24日上午，市委宣传部新闻科科长王五来到学校。\n"  # (the department, not the 市委)
    assert ("市委宣传部", "location", "青山市") in facts(office)
    group = "青山县开展活动\n县医院集团院长赵六来到学校。\n"  # (a group over its hospital: no unit of it)
    assert ("县医院", "location", "青山县") not in facts(group)


def test_a_project_manager_is_a_post_not_a_project():
    text = "青山学院举行签约仪式\n青山集团工程部项目经理王五、青山学院院长李四参加签约仪式。\n"
    assert not {n for n in names(text, "Initiative") if n.endswith("项目")}
    assert ("签约仪式", "participant", "王五") in facts(text)
    works = "青山县开展检查\n青山县水利工程处参加检查。\n"  # (a unit named after works: no works)
    assert not names(works, "Initiative")
    built = "青山县开工\n青山县举行白石水库除险加固工程开工仪式。\n"  # (a works' name stays)
    assert any("除险加固工程" in n for n in names(built, "Initiative"))
