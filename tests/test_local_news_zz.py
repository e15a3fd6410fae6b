"""Constructions of the sixty-eighth round's pages (Children's Day, Teachers' Day, learning from Lei Feng, returning
entrepreneurs, county medical communities, science and technology commissioners, safe production month, village
collective economy), each on a short text written for the test."""
from tests.conftest import credits, facts, headlines, names


def test_a_spaced_name_with_the_page_s_next_field_glued_on():
    text = ("白石县督查集体经济工作\n发表时间:2021-07-30 14:52作者:王 辉信息来源:白石县融媒体中心\n"
            "7月28日，省督查组到白石县督查村级集体经济发展情况，县委副书记李四陪同。\n")
    assert ("author", "王辉") in credits(text)
    text = ("白石县开展志愿活动\n时间:2017-03-15 09:47作者:陈小晨源自:县文明办\n"  # (源自: where the text comes from)
            "3月10日，白石县团县委在人民广场开展学雷锋志愿服务活动，200余名志愿者参加。\n")
    assert ("author", "陈小晨") in credits(text)


def test_a_text_report_s_field_credits_its_writer():
    text = ("白石县启动春运工作\n1月26日，白石县2024年春运启动仪式在白石汽车站举行。\n\n文字报道:卜小林\n\n"
            "责任编辑:薄小峰\n")
    assert ("author", "卜小林") in credits(text)


def test_an_editor_s_field_above_the_body_closes_no_article():
    text = ("青山县卫生健康局与白石区卫生健康局签署合作协议\n\n2021年08月26日 14:19:29 来源:青山新闻网\n编辑:陈小默\n\n"
            "青山新闻网8月26日讯 8月25日，白石区卫生健康局局长陈颗率队到青山县开展交流活动。\n\n交流学习\n\n"
            "白石区卫健局一行参观了青山县人民医院，对医共体建设进行了交流学习。\n\n"
            "随后，双方举行合作签约仪式，并就下一步合作进行座谈。(赵小楠 邓大钢)\n")
    assert {("author", "赵小楠"), ("author", "邓大钢")} <= credits(text)
    # (the editor's line under the body still ends the article: what follows is the page's footer)
    text = ("白石县召开会议\n3月1日，白石县召开农业工作会议。县长王五出席会议并讲话。\n责任编辑：李小四\n"
            "相关新闻\n青山县召开林业工作会议\n")
    assert headlines(text) == ["白石县召开会议"]


def test_a_level_s_party_committee_names_its_offices():
    text = "白石县开展活动\n3月4日，由白石县委社会工作部主办的志愿服务活动在人民广场举行。县委老干部局、县委编办参加。\n"
    assert {"白石县委社会工作部", "县委老干部局", "县委编办"} <= names(text, "Organization")
    text = "白石县开展活动\n3月4日，省委政策研究室、省委党史研究室到白石县调研。\n"
    assert {"省委政策研究室", "省委党史研究室"} <= names(text, "Organization")
    # (not a verb's words, nor a room, nor the staff, nor a room of a body between: 党校)
    text = ("白石县召开会议\n按照县委统一部署，会议在县委常委会会议室召开。县委机关干部参加。"
            "县委党校图书室对外开放。\n")
    found = names(text, "Organization")
    assert not any(x.startswith("县委") and x != "县委" for x in found)


def test_two_bodies_joined_by_he_stay_two():
    # (a bureau of two fields, which LAC reads as two and the trained model as one: kg.extract.ner._fields_joined)
    text = "白石县开展评审\n青山公司和白石银行相关负责人表示，将以此次签约为契机，深化合作。\n"
    assert {"青山公司", "白石银行"} <= names(text, "Organization")


def test_the_body_that_supplied_the_text_after_the_field_s_name():
    text = ("白石镇开展宣传活动\n4月15日，白石镇在人民广场开展普法宣传活动。\n"
            "此次活动发放宣传资料300余份。(供稿:青山县白石镇人民政府)\n")
    assert "青山县白石镇人民政府" in names(text, "Organization")


def test_a_slogan_s_passage_is_no_place():
    text = "白石镇启动安全生产月活动\n6月12日，“人人学安全、事事讲应急—守护生命通道”活动在白石镇启动。\n"
    assert names(text, "Place") == {"白石镇"}


def test_a_signing_named_by_its_places_opens_with_the_first_whole():
    text = "两地签署协议\n随后，于白石县疾病预防控制中心举行白石县、名山区卫生健康合作签约仪式。\n"
    assert "白石县、名山区卫生健康合作签约仪式" in names(text, "Initiative")
    # (the places listed before what they do together are its parties, neither where it is held)
    text = "两地签署协议\n3月2日，通山县、崇阳县医疗合作签约仪式在县人民医院举行。\n"
    event = "通山县、崇阳县医疗合作签约仪式"
    assert event in names(text, "Initiative")
    assert not {(event, "location", "通山县"), (event, "location", "崇阳县")} & facts(text)
    text = "两地签署协议\n3月5日，岳阳市、平江县项目集中签约仪式举行。\n"  # (the county inside the city: both hold it)
    assert ("岳阳市、平江县项目集中签约仪式", "location", "平江县") in facts(text)


def test_a_branch_named_after_the_county_or_town_it_serves_is_there():
    text = ("通山县开展检查\n3月1日，市生态环境局通山分局局长李四陪同检查。通山县副县长王五出席。"
            "通山县公安局九宫山派出所民警参加，九宫山镇干部到场。\n")
    found = facts(text)
    assert {("市生态环境局通山分局", "location", "通山县"), ("通山县公安局九宫山派出所", "location", "九宫山镇")} <= found
    text = "白石县开展检查\n3月1日，市生态环境局通山分局局长李四陪同检查。\n"  # (the county not named in full)
    assert not any(s == "市生态环境局通山分局" and p == "location" for s, p, o in facts(text))


def test_bodies_that_jointly_hold_an_event_at_a_venue_organize_it():
    text = ("通山县召开推进会\n3月4日，青山市教育局、青山市人社局在白石职业技术学院联合召开了2018年青山市校企合作现场推进会。\n")
    found = facts(text)
    event = "2018年青山市校企合作现场推进会"
    assert {(event, "organizer", "青山市教育局"), (event, "organizer", "青山市人社局"),
            (event, "location", "白石职业技术学院")} <= found
    assert (event, "organizer", "白石职业技术学院") not in found


def test_the_bodies_after_you_organize_the_event_before_it():
    text = ("白石县开展活动\n3月1日，白石县开展“文化三下乡”活动。“文化三下乡”活动由县委宣传部、县文化局、白石日报社"
            "联合组织开展。\n")
    found = facts(text)
    assert {("文化三下乡", "organizer", x) for x in ("县委宣传部", "县文化局", "白石日报社")} <= found
    # (not a body that does something to it: its verb has an object)
    text = "白石县开展活动\n3月1日，白石县第五届全民健身运动会由县公安局开展安保工作。\n"
    assert not any(p == "organizer" and o == "县公安局" for s, p, o in facts(text))


def test_groups_counted_after_the_bodies_leave_the_bodies_attending():
    text = ("白石县举行春运启动仪式\n1月26日，白石县2024年春运启动仪式在白石汽车站举行。县交通运输局、县交警大队、"
            "司机代表、青年志愿者代表共计60余人参加活动。\n")
    found = facts(text)
    assert {("白石县2024年春运启动仪式", "participant", x) for x in ("县交通运输局", "县交警大队")} <= found
