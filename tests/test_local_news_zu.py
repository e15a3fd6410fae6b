"""Constructions of the sixty-third round's fresh pages (sanitation, buses and taxis, farm machinery, hospitals of
Chinese medicine, conscription, anti-fraud campaigns, student aid, scenic areas and homestays), each on a short text
written for the test."""
from kg.extract.ner import sites_as_bodies, while_doing_cut
from kg.model import Mention
from tests.conftest import credits, facts, names

BODY = "白石县开展安全检查\n5月6日，白石县交通运输局开展安全检查，局长王小林带队。\n"


def test_a_bus_line_s_number_alone_names_no_company():
    text = "白石县开通307路镇村公交\n5月6日，白石县开通307路镇村公交，方便群众出行。\n"
    assert not any(n.isdigit() for n in names(text, "Organization"))
    assert ("青山公交17路", "parentOrganization", "青山公交") in facts("青山公交17路司机王小林拾金不昧。")


def test_a_body_after_the_county_named_before_is_the_county_s():
    text = "白石县举办农机培训\n8月18日，白石县农机局举办培训班。培训班由该县农机局主办，共三期。\n"
    bodies = names(text, "Organization")
    assert "白石县农机局" in bodies
    assert not any(n.startswith("该") for n in bodies)
    assert names("白石镇开展走访。该镇镇政府组织干部下村走访。", "Organization") == {"镇政府"}  # (the level said twice)


def test_the_bodies_of_every_county_are_no_one_body():
    text = "白石市举办农机演示\n来自白石市各县市区农机局的代表80多人参加，白石市各县市区农机局局长王明讲话。\n"
    assert names(text, "Organization") == set()
    assert not any(p == "memberOf" for _, p, _ in facts(text))
    assert "渠县" in names("渠县各级人民法院审结案件1万件。", "Place")  # (the county before 各 stays a place)


def test_a_unit_named_short_after_its_county_in_a_credit_is_no_one():
    assert credits(BODY + "记者:王小鹰 渠县融媒 李小丹\n") == {("author", "王小鹰"), ("author", "李小丹")}


def test_a_rarer_surname_jieba_reads_as_an_adverb_closes_a_credit_in_brackets():
    text = BODY + "检查将持续到月底。(尤青青)\n"
    assert credits(text) == {("author", "尤青青")}


def test_a_website_the_recognizer_reads_as_a_place_is_a_body():
    found = sites_as_bodies([Mention(7, 12, "Place", "白石农机网", 1), Mention(0, 3, "Place", "白石县", 1)])
    assert [(m.text, m.type) for m in found] == [("白石农机网", "Organization"), ("白石县", "Place")]


def test_a_name_read_into_the_bian_of_doing_two_things_at_once_ends_before_it():
    text = "宜昌市民周小乔边说边用手机拍照。"
    assert [m.text for m in while_doing_cut([Mention(4, 8, "Person", "周小乔边", 1)], text)] == ["周小乔"]
    assert [m.text for m in while_doing_cut([Mention(4, 8, "Person", "周小乔边", 1)], "宜昌市民周小乔边境")] == ["周小乔边"]


def test_a_firm_whose_meeting_room_holds_a_meeting_is_in_the_city_its_name_opens_with():
    text = "白石市召开整治动员会\n4月10日，在白石市青木出租汽车有限公司会议室，市交通运输局召开动员会。\n"
    assert ("白石市青木出租汽车有限公司", "location", "白石市") in facts(text)
    # (not where another place is named in the body's name after it: a city's office in another city)
    assert not any(s == "江西省驻深圳办事处" for s, _, _ in facts("座谈会在江西省驻深圳办事处会议室举行。"))


def test_a_body_that_settles_in_a_place_is_there():
    text = "青木中医研究院落户白石镇\n9月30日，青木中医研究院正式落户白石镇，专家将每月定期坐诊。\n"
    assert ("青木中医研究院", "location", "白石镇") in facts(text)
    assert ("浙江大学", "location", "衢州市") not in facts("浙江大学落户衢州市的研究院正式揭牌。")  # (the institute did)


def test_a_street_s_community_health_centre_is_in_the_street():
    text = "白石市卫健局调研\n10月11日，白石市卫健局到青木街道社区卫生服务中心调研。\n"
    assert ("青木街道社区卫生服务中心", "location", "青木街道") in facts(text)


def test_a_squad_s_head_titled_after_the_name_is_the_squad_s():
    text = ("白石县交通执法大队召开动员会\n4月10日，白石县交通执法大队召开动员会。"
            "会上，张小燕副大队长解读文件，陈大华大队长提出要求。\n")
    assert {("张小燕", "memberOf", "白石县交通执法大队"), ("陈大华", "memberOf", "白石县交通执法大队")} <= facts(text)
    # (a brigade named short by its level is the same one; of two brigades, a 大队长 is neither's for sure)
    text = ("白石县交通执法大队召开动员会\n4月10日，白石县交通执法大队召开动员会。县交通执法大队副大队长张小燕解读文件，"
            "陈大华大队长提出要求。\n")
    assert ("陈大华", "memberOf", "白石县交通执法大队") in facts(text)
    text = ("白石县交通执法大队开展整治\n4月10日，白石县交通执法大队开展整治行动。同日，县交警大队也开展了酒驾整治，"
            "李强大队长带队检查。\n")
    assert not any(s == "李强" for s, _, _ in facts(text))


def test_a_campaign_named_in_the_title_of_a_document_on_it_is_an_initiative():
    text = "会上，王小燕解读《关于开展白石市道路客运市场专项整治行动的通知》文件精神。"
    assert "白石市道路客运市场专项整治行动" in names(text, "Initiative")
    assert names("白石市开展道路客运市场专项整治行动的情况良好。", "Initiative") == set()  # (a clause's, no document's)
    # (the bodies around the title act on the document: who issued it, who read it; no part in the campaign)
    text = "白石县教育局根据市教育局《关于开展校园食品安全专项整治行动的通知》要求，部署相关工作。"
    assert not any(p in ("organizer", "participant") for _, p, _ in facts(text))
    # (who issues it organizes it, with those listed beside it)
    text = "白石县委、县政府出台《关于开展“百企帮百村”行动的实施意见》。"
    assert {(s, p, o) for s, p, o in facts(text) if p == "organizer"} == {("百企帮百村", "organizer", "白石县委"),
                                                                          ("百企帮百村", "organizer", "县政府")}


def test_a_venue_no_tagger_names_where_an_event_is_held_is_a_place():
    text = "白石乡举行颁奖仪式\n8月23日，白石乡2023年奖学金颁发仪式在青木城市家园举行。\n"
    assert "青木城市家园" in names(text, "Place")
    assert not any("城市" in n and n != "青木城市家园" for n in names(text, "Place"))  # (城市, a word: no city)
    assert not any(n.endswith("研讨班") for n in names("会议在专题研讨班开幕。", "Place"))  # (an event, no venue)
    for where in ("景区内", "部分学校", "毕业季", "线上直播平台", "会议间隙", "一座公园", "线体育场"):  # (在线; a count)
        assert names(f"白石县灯光秀在{where}举行。", "Place") == {"白石县"}



def test_a_campaign_that_brings_something_to_the_countryside_is_one():
    assert "送戏下乡活动" in names("白石县深入开展送戏下乡活动，丰富群众文化生活。", "Initiative")
