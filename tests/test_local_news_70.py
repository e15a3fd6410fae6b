"""Constructions of the seventieth round's pages (elderly care, congress deputies' inspections, school and company
signings, police publicity, harvests, festivals, medical insurance, tax services), each on a short text written for
the test."""
import kg
from tests.conftest import credits, facts, headlines, names


def test_a_site_s_path_ending_in_the_title_is_no_headline():
    text = ("首页 > 新闻中心青山各县新闻 白石区长者照护服务中心启用 老人白天有人照看\n"
            "白石区长者照护服务中心启用 老人白天有人照看\n青山网3月2日讯 前日上午，白石区长者照护服务中心正式启用。\n")
    assert headlines(text) == ["白石区长者照护服务中心启用 老人白天有人照看"]


def test_a_credit_in_brackets_names_one_of_a_rare_surname_beside_the_others():
    text = ("青山气象局开放参观\n某某网青山3月23日电(罗小兰 陈大宏 扈小)3月23日，青山市气象局对公众开放。\n")
    assert credits(text) == {("author", "罗小兰"), ("author", "陈大宏"), ("author", "扈小")}
    text = "青山气象局开放参观\n某某网青山3月23日电(罗小兰 陈大宏 养老)3月23日，青山市气象局对公众开放。\n"
    assert "养老" not in names(text, "Person")  # (a word of the dictionary jieba tags as a name)


def test_a_media_centre_s_reporter_under_the_page_s_fields():
    text = ("白石镇开展反诈宣传\n时间:2024-05-16 来源:青山融媒 作者:罗小兰 通讯员 陈大宏\n\n"
            "青山融媒记者 罗小兰 通讯员 陈大宏\n\n近日，白石镇派出所走进校园开展反诈宣传。\n")
    assert credits(text) == {("author", "罗小兰"), ("contributor", "陈大宏")}
    assert "青山" not in names(text, "Person")
    text = "白石镇开展反诈宣传\n青山融媒记者 罗小兰 通讯员 陈大宏\n近日，白石镇派出所走进校园开展反诈宣传。\n"
    assert credits(text) == {("author", "罗小兰"), ("contributor", "陈大宏")}
    text = "青山融媒记者走进田间地头\n本报讯 6月10日，白石镇组织农机手抢收小麦。\n"  # (a title: no names after the role)
    assert not credits(text) and headlines(text) == ["青山融媒记者走进田间地头"]


def test_bodies_that_also_attended_listed_with_a_zone_and_others_after_their_officials():
    text = ("白石县举行产学合作签约仪式\n10月9日，白石县举行了“产学合作”签约仪式。\n"
            "参加签约仪式的还有白石县教育局、高新区、宣传部、人社局相关领导和相关学校的同志。\n")
    found = facts(text)
    for body in ("白石县教育局", "宣传部", "人社局"):
        assert ("“产学合作”签约仪式", "participant", body) in found
    assert not any(o == "高新区" for _, p, o in found if p == "participant")


def test_bodies_that_sign_at_the_ceremony_take_part_in_it():
    text = ("白石县举行产学合作签约仪式\n10月9日，白石县在县职教中心举行了“产学合作”签约仪式。\n"
            "会上，白石县职业中学与青山机械有限公司、白石电子有限公司分别签署了产学合作协议。\n")
    found = facts(text)
    for body in ("白石县职业中学", "青山机械有限公司", "白石电子有限公司"):
        assert ("“产学合作”签约仪式", "participant", body) in found
    text = ("白石县举行产学合作签约仪式\n10月9日，白石县在县职教中心举行了“产学合作”签约仪式。\n"
            "去年，白石县职业中学与青山机械有限公司签署了协议。\n")  # (no sentence at the ceremony)
    assert ("“产学合作”签约仪式", "participant", "青山机械有限公司") not in facts(text)
    text = ("白石县举行产学合作签约仪式\n10月9日，白石县在县职教中心举行了“产学合作”签约仪式。\n"
            "仪式上，白石县职业中学与青山机械有限公司签署了合作协议，此前白石电子有限公司已与白石县第二中学签署协议。\n")
    found = {o for e, p, o in facts(text) if p == "participant"}
    assert {"白石县职业中学", "青山机械有限公司"} <= found and not {"白石电子有限公司", "白石县第二中学"} & found


def test_an_event_named_without_its_quotation_marks_in_the_title_is_the_same_event():
    text = "白石县举行产学合作签约仪式\n10月9日，白石县举行了“产学合作”签约仪式。\n"
    assert len(names(text, "Initiative")) == 1


def test_a_bureau_named_short_in_a_list_of_bodies_is_one():
    text = "白石县举行产学合作签约仪式\n参加签约仪式的还有白石县教育局、宣传部、人社局、经信局相关负责同志、职业中学和相关学校的同志。\n"
    assert "经信局" in names(text, "Organization")
    text = "白石县召开工作会议\n会议要求，加快构建对外开放新格局。\n"  # (a word jieba reads as a body's, after none)
    assert not names(text, "Organization") & {"对外开放新格局", "新格局"}
    text = "县委经济工作会议综述 白石县委 新格局\n6月10日，白石县召开会议。\n"  # (after a body, a space between)
    assert "新格局" not in names(text, "Organization")


def test_a_venue_named_by_the_level_alone_is_the_county_s_place():
    text = "白石县公安局开展宣传活动\n1月9日上午，白石县公安局在县会展中心开展“平安白石”宣传活动。\n"
    assert "县会展中心" in names(text, "Place")
    assert ("平安白石", "location", "县会展中心") in facts(text)
    text = "白石县规划会展经济\n白石县将建设全县会展中心和物流中心。\n"  # (the county's venues to come, no one named)
    assert not {"县会展中心", "全县会展中心"} & names(text, "Place")


def test_a_township_s_own_offices_and_homes_are_bodies():
    text = ("白石镇桃花节开幕\n由白石镇人民政府主办，白石镇文化站、青山村承办的白石镇第二届桃花节开幕。\n"
            "白石镇供电所、白石镇敬老院和青山区税务局第一税务所的职工参加活动。\n")
    bodies = names(text, "Organization")
    assert {"白石镇文化站", "白石镇供电所", "白石镇敬老院", "青山区税务局第一税务所"} <= bodies
    assert ("白石镇第二届桃花节", "organizer", "白石镇文化站") in facts(text)


def test_a_village_listed_last_among_the_hosts_leaves_the_bodies_before_it_hosts():
    text = ("白石镇油菜花节开幕\n3月5日，由白石镇人民政府主办，白石镇文化站、青山村承办的白石镇第三届油菜花节开幕。\n")
    assert ("白石镇第三届油菜花节", "organizer", "白石镇文化站") in facts(text)
    assert ("白石镇第三届油菜花节", "organizer", "青山村") not in facts(text)
    text = ("白石镇油菜花节开幕\n3月5日，由白石镇人民政府主办，白石镇文化站、各村积极承办的白石镇第三届油菜花节开幕。\n")
    assert ("白石镇第三届油菜花节", "organizer", "白石镇文化站") not in facts(text)  # (积极 before the verb: the village hosts alone)


def test_after_review_118():
    text = "白石镇抢收小麦\n青山融媒记者：罗小兰\n6月10日，白石镇组织农机手抢收小麦。\n"  # (a colon after the role)
    assert credits(text) == {("author", "罗小兰")}
    text = "白石镇抢收小麦\n青山融媒记者罗小兰 通讯员陈大宏\n6月10日，白石镇组织农机手抢收小麦。\n"  # (names glued on)
    assert credits(text) == {("author", "罗小兰"), ("contributor", "陈大宏")}
    text = ("白石县举行产学合作签约仪式\n10月9日，白石县在县职教中心举行了“产学合作”签约仪式。\n"
            "仪式上，在县长王红卫的见证下，白石县职业中学与青山机械有限公司签署了合作协议。\n")  # (a clause before the act)
    assert ("“产学合作”签约仪式", "participant", "青山机械有限公司") in facts(text)
    text = "白石县加快养老服务\n今年，白石县改造公办养老院和基层财政所，全县财政所都已达标。\n"  # (kinds of body, no name)
    assert not {"公办养老院", "基层财政所", "全县财政所"} & names(text, "Organization")
    text = ("白石县平安宣传\n本报讯(记者 罗小兰) 白石县公安局在县会展中心开展“平安白石”宣传活动。\n\n"
            "青山县丰收节开幕\n本报讯(记者 陈大宏) 青山县农业农村局在县会展中心举办“丰收青山”展销活动。\n")
    venues = [e for e in kg.build(text=text).entities.values() if e.name == "县会展中心"]
    assert len(venues) == 2  # (each county's own)
    text = ("白石县举行产学合作签约仪式\n10月9日，白石县举行了“产学合作”签约仪式。\n"
            "参加签约仪式的还有各乡镇、白石县人社局相关领导。\n")  # (an item no body opens the list)
    assert ("“产学合作”签约仪式", "participant", "白石县人社局") in facts(text)
