"""Constructions of the sixty-fourth round's fresh pages (elderly care, vocational schools, foreign affairs offices,
ethnic affairs, reading promotion, old communities' renovation, fisheries, dragon boat races), each on a short text
written for the test."""
import kg
from tests.conftest import credits, facts, names


def test_a_name_of_two_before_he_and_a_break_ends_in_he():
    text = "白石县召开座谈会\n5月6日，白石县养老中心主任刘春和、副主任王大明出席座谈会。\n"
    assert {"刘春和", "王大明"} <= names(text, "Person")
    assert "刘春" not in names(text, "Person")
    text = "白石县召开座谈会\n县民政局局长孙建和及县委书记张言平出席。\n"
    assert {"孙建和", "张言平"} <= names(text, "Person")
    text = "白石县召开座谈会\n县教育局局长陈立和王大明一同出席。\n"  # (和 joins two names)
    assert "陈立和" not in names(text, "Person")
    text = "白石县召开座谈会\n副局长刘大刚和与会代表进行了交流。刘大刚表示，将加强合作。\n"  # (与会: a word)
    assert names(text, "Person") == {"刘大刚"}
    text = "白石县表彰护林员\n护林员孙建和及其妻子三十年坚守林场。\n"  # (及其: 和 and 及 are not both conjunctions)
    assert "孙建和" in names(text, "Person")


def test_a_district_named_without_its_level_is_a_place_not_a_school_s_short_name():
    text = ("白石区与美国友城签约\n本报讯 5月6日，美国客人先后参观黄岩中学和永宁江公园。"
            "代表团团长表示黄岩是个美丽的城市，期待深化合作。\n")
    assert "黄岩" in names(text, "Place")
    assert "黄岩中学" in names(text, "Organization")
    text = "宝安集团发布年报\n宝安集团发布年报。宝安今年净利润增长三成。\n"  # (a company's brand)
    assert "宝安" not in names(text, "Place")


def test_a_long_name_that_ends_as_a_body_s_is_a_body():
    text = "白石县举行龙舟赛\n5月6日，白石县举行龙舟赛。\n\n冯家坳龙舟队\n\n黄家湾龙舟队\n"
    assert "冯家坳龙舟队" not in names(text, "Person")
    assert "佐佐木健司" in names("日本代表团访问白石县\n日本外务省官员佐佐木健司当天出席了记者会。\n", "Person")
    assert "黄家坳乐队" not in names("白石县举办晚会\n黄家坳乐队在晚会上演唱了原创歌曲。\n", "Person")


def test_a_head_s_title_alone_after_his_bureau_s_head_is_of_that_bureau():
    text = ("白石市林业局调研林区防火工作\n5月6日，白石市林业局党组书记、局长王大明，副局长刘小林前往青山区调研。"
            "区林业局主要负责同志陪同。听取区林业局工作汇报后，王大明局长要求各级林业部门压实责任。\n")
    found = facts(text)
    assert ("刘小林", "memberOf", "白石市林业局") in found
    assert ("王大明", "memberOf", "区林业局") not in found
    assert ("刘小林", "memberOf", "区林业局") not in found
    text = ("白石县召开林业会议\n青山县自然资源局副局长王大明，青山县林业局局长刘小林出席会议。"
            "局长王大明表示要加强合作。\n")  # (局长: a title he does not hold there)
    g = kg.build(text=text)
    roles = {(g.entities[f.subject].name, g.entities[f.object].name, f.role)
             for f in g.facts if f.predicate == "memberOf"}
    assert ("王大明", "青山县自然资源局", "副局长") in roles
    assert ("王大明", "青山县自然资源局", "局长") not in roles


def test_a_university_s_college_named_by_another_city_is_in_that_city():
    text = "白石市举办敬老活动\n5月6日，南京理工大学扬州学院志愿服务队到白石市敬老院开展活动。\n"
    found = facts(text)
    assert ("南京理工大学扬州学院", "location", "扬州市") in found
    assert ("南京理工大学扬州学院", "location", "南京市") not in found
    assert ("南京理工大学扬州学院", "parentOrganization", "南京理工大学") in found
    found = facts("白石市举办敬老活动\n5月6日，南京理工大学扬州学院召开座谈会。\n")
    assert ("南京理工大学扬州学院", "location", "扬州市") in found
    found = facts("白石市签约\n5月6日，华中科技大学无锡研究院与白石市签约。\n")
    assert ("华中科技大学无锡研究院", "location", "无锡市") in found
    found = facts("白石市签约\n5月6日，厦门大学台湾研究院与白石市签约。\n")  # (a province: its studies)
    assert not any(s == "厦门大学台湾研究院" and p == "location" for s, p, _ in found)


def test_a_credit_s_first_role_word_after_the_brand_or_the_unit_written_for():
    text = "白石县开展阅读活动\n本报5月6日讯（最白石全媒体记者 王小鹰 通讯员 李小丹）近日，白石县开展阅读活动。\n"
    assert credits(text) == {("author", "王小鹰"), ("contributor", "李小丹")}
    text = "白石县开展阅读活动\n本报讯（白石县委宣传部通讯员 李小丹）近日，白石县开展阅读活动。\n"
    assert credits(text) == {("contributor", "李小丹")}


def test_every_village_of_a_town_is_no_village():
    text = "白石县开展全民阅读\n目前青木镇村村建有农家书屋，每个书屋都配有书柜。\n"
    assert "青木镇" in names(text, "Place")
    assert "青木镇村" not in names(text, "Place")
    text = "白石县推进道路建设\n目前，青木镇村村通公路已全部完工。\n"
    assert "青木镇村" not in names(text, "Place")


def test_the_district_named_bare_in_its_own_news_holds_its_bodies():
    text = ("美国友城代表团到访\n本报讯 10月17日，美国代表团来我区友好访问。区委副书记、区长李大明陪同。"
            "代表团参观了黄岩中学。团长表示黄岩是个美丽的城市。\n")
    found = facts(text)
    assert ("区委", "location", "黄岩") in found
    assert ("李大明", "memberOf", "黄岩") in found


def test_a_foreign_mayor_named_again_by_his_title_alone_stays_his_city_s():
    text = ("常州市会见友城客人\n韩国春川市市长金大中率团访问常州市。春川市与常州市结好多年。"
            "市长金大中表示，春川市愿深化合作。\n")
    found = facts(text)
    assert ("金大中", "memberOf", "春川市") in found
    assert ("金大中", "memberOf", "常州市") not in found


def test_a_foreign_city_is_no_seat_of_the_article_s_bodies():
    text = ("常州市会见友城代表团\n9月27日，市委书记王大明在常州市会见韩国春川市和美国布法罗市的客人。"
            "市委副书记刘小林陪同。\n")
    assert ("市委", "location", "常州市") in facts(text)


def test_an_anniversary_s_activity_held_with_ceremony_is_named():
    text = "白石县老年大学庆祝建校\n12月5日，白石县老年大学隆重举行建校三十周年纪念活动，县委常委李大明出席。\n"
    assert "建校三十周年纪念活动" in names(text, "Initiative")


def test_no_party_is_named_by_an_era():
    text = "白石县召开党建工作会议\n会议要求，要深入学习贯彻新时代党的创新理论。\n"
    assert not any(n.endswith("党") for n in names(text, "Organization"))


def test_bodies_listed_after_those_who_also_attended_take_part():
    text = ("白石县举行校企合作签约仪式\n9月18日，白石县在白石机械有限公司举行校企合作签约仪式。"
            "参加签约仪式的还有县教体局、县人社局相关领导。\n")
    found = facts(text)
    assert ("校企合作签约仪式", "participant", "县教体局") in found
    assert ("校企合作签约仪式", "participant", "县人社局") in found
    lead = text.split("参加")[0]
    for after in ("参加签约仪式的还有县教体局、县人社局。\n",  # (no officials close the list: no one named attends)
                  "未出席签约仪式的还有县教体局、县人社局相关领导。\n", "去年参加签约仪式的还有县教体局、县人社局相关领导。\n",
                  "参加签约仪式的还有县教体局、县人社局负责人推荐的企业代表。\n"):
        assert ("校企合作签约仪式", "participant", "县教体局") not in facts(lead + after)
    text = ("白石县召开安全生产工作会议\n9月18日，白石县召开安全生产工作会议。"
            "9月10日，县防汛指挥部召开防汛调度会，参加会议的还有县应急局、县水利局主要负责人。\n")  # (another meeting)
    assert ("安全生产工作会议", "participant", "县应急局") not in facts(text)
    text = ("白石县召开安全生产工作会议\n9月18日，白石县召开安全生产工作会议，"
            "参加会议的还有县应急局、县水利局主要负责人。\n")  # (the meeting the sentence itself holds)
    assert ("安全生产工作会议", "participant", "县应急局") in facts(text)


def test_those_listed_after_who_did_not_attend_take_no_part():
    lead = "白石县举行校企合作签约仪式\n9月18日，白石县在白石机械有限公司举行校企合作签约仪式。"
    assert ("校企合作签约仪式", "participant", "王大明") in facts(lead + "出席签约仪式的还有副县长王大明。\n")
    for after in ("未出席签约仪式的还有副县长王大明。\n", "去年出席签约仪式的还有副县长王大明。\n"):
        assert ("校企合作签约仪式", "participant", "王大明") not in facts(lead + after)
