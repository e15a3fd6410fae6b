"""Names and relations in the shapes the fiftieth round's fresh pages (courts, police, unions, banks, farms, culture and
health news) write them: a special administrative region written short, a Mongolian banner of a wing written short, a
visitor's body, name and title run together, a county inside a word of tenure, a count of bodies after the last of a
list, a cooperative's brand that jieba reads as a verb, a guest's body that is not the publisher, a court's head in his
chain of titles, a slogan before an event's name, a verb of holding that jieba reads as a name, a show that is no
exhibition.
"""
from tests.conftest import facts, names


def test_a_special_administrative_region_written_short_is_the_region():
    text = "香港特区政府今天表示，香港特别行政区将举办科技论坛。"
    assert "香港特区" not in names(text, "Place")
    assert ("香港特区政府", "location", "香港特别行政区") in facts(text)
    assert not any(r == "containedInPlace" for _, r, _ in facts(text))


def test_a_banner_of_a_wing_written_short_is_the_banner():
    text = "今年，科右前旗的牧民喜获丰收。"
    assert names(text, "Place") >= {"科尔沁右翼前旗", "兴安盟"}
    assert ("科尔沁右翼前旗", "containedInPlace", "兴安盟") in facts(text)
    text = "兴安盟科右前旗白云种植专业合作社理事长王建国说。"
    assert ("兴安盟科右前旗白云种植专业合作社", "location", "科尔沁右翼前旗") in facts(text)


def test_a_visitors_body_name_and_title_run_together_are_a_body_and_its_member():
    text = "10月12日，重庆市江北区人民检察院隆仕峰检察长带队到青山区检察院考察座谈。"
    assert "隆仕峰" in names(text, "Person")
    assert ("隆仕峰", "memberOf", "重庆市江北区人民检察院") in facts(text)
    assert not any("隆仕峰" in n for n in names(text, "Organization"))


def test_a_county_read_inside_a_word_of_tenure_is_none():
    text = "据介绍，时任县联社党委书记的孙立平在会上讲话，县联社主任赵明作汇报。"
    assert "任县" not in names(text, "Place")
    assert not any(n.startswith("任县") for n in names(text, "Organization"))


def test_a_count_of_bodies_after_the_last_of_a_list_is_no_part_of_its_name():
    text = "会上，龙山县金穗粮食种植专业合作社、龙山县青禾蔬菜专业合作社2家合作社获得表彰。"
    bodies = names(text, "Organization")
    assert "龙山县青禾蔬菜专业合作社" in bodies
    assert not any("2家" in n for n in bodies)


def test_a_cooperatives_brand_that_jieba_reads_as_a_verb_stays_in_its_name():
    text = "会上，敖汉旗保收农牧专业合作社负责人介绍了经验。"
    assert "敖汉旗保收农牧专业合作社" in names(text, "Organization")
    # (a cooperative's name that both recognizers read whole, a verb of jieba's in it: 种植)
    assert "阿荣旗金穗水稻种植专业合作社" in names("会上，阿荣旗金穗水稻种植专业合作社作了发言。", "Organization")


def test_the_units_a_guest_is_shown_round_are_not_the_guests():
    text = ("9月5日，长沙市岳麓区人民检察院刘思远检察长一行莅临我院交流，我院王明副检察长带领第一检察部、办公室等负责同志陪同。"
            "长沙市岳麓区人民检察院近年工作成绩突出。")
    assert not any(r == "parentOrganization" and o == "长沙市岳麓区人民检察院" for _, r, o in facts(text))


def test_a_court_head_in_his_chain_of_titles_heads_the_chains_court():
    text = ("新年第一天，青山中院党组书记、院长陈立新主持召开党组会。副院长王五带队赴白沙区法院调研，"
            "听取了白沙区法院党组书记、院长李四的汇报，白沙区法院作了交流，白沙区法院干警参加。")
    assert ("陈立新", "memberOf", "青山中院") in facts(text)
    assert ("陈立新", "memberOf", "白沙区法院") not in facts(text)


def test_a_slogan_and_a_dash_before_an_events_name_are_no_part_of_it():
    text = "1月20日，“金龙闹新春，老街迎客来”——2025青山老街新春民俗文化节开幕，县领导王五、李四出席开幕式。"
    events = names(text, "Initiative")
    assert "2025青山老街新春民俗文化节" in events
    assert not any("金龙闹新春" in e for e in events)


def test_a_verb_of_holding_that_jieba_reads_as_a_name_opens_no_event():
    text = "昨日，区妇联在文化中心隆重举行纪念大会。"
    assert not any("举行" in e for e in names(text, "Initiative"))


def test_a_show_is_no_exhibition():
    text = "晚上，青山镇第五届“乡音乡情”文艺展演在镇文化广场举行。"
    assert not any(e.endswith("文艺展") for e in names(text, "Initiative"))
