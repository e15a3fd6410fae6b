"""Names and relations in the shapes the fiftieth round's fresh pages (courts, police, unions, banks, farms, culture and
health news) write them: a special administrative region written short, a Mongolian banner of a wing written short, a
visitor's body, name and title run together, a county inside a word of tenure, a count of bodies after the last of a
list, a cooperative's brand that jieba reads as a verb, a guest's body that is not the publisher, a court's head in his
chain of titles, a slogan before an event's name, a verb of holding that jieba reads as a name, a show that is no
exhibition, a body's or a place's group or team.
"""
from tests.conftest import credits, facts, names


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
    for text in ("时任县教育局局长的王建民回到家乡。", "曾任县教育局局长的王建民回到家乡。"):
        assert not {"任县", "时任县"} & names(text, "Place")
        assert "县教育局" in names(text, "Organization")
    assert "任晓东" in names("同时任晓东担任青山县教育局局长。", "Person")  # (a surname after 时任's 任)


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
    # (nor the unit named right after 我院; and 年来我院 is "over the years, our court": no guest)
    text = ("9月5日，长沙市岳麓区人民检察院刘思远检察长一行莅临我院交流，我院第一检察部负责同志陪同。"
            "长沙市岳麓区人民检察院近年工作成绩突出。")
    assert not any(r == "parentOrganization" and o == "长沙市岳麓区人民检察院" for _, r, o in facts(text))
    text = "3月5日，青山市人民医院召开质量分析会，医务科、护理部负责人参加。青山市人民医院三年来我院门诊量持续增长。"
    assert ("医务科", "parentOrganization", "青山市人民医院") in facts(text)
    assert ("医务科", "parentOrganization", "青山市人民医院") in facts(text.replace("三年来", "连日来"))


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
    # (a programme's name, one phrase, stays: the event is the programme's)
    text = "1月20日，“我们的节日·春节”——白沙县新春民俗文化节开幕。"
    assert any(r == "partOf" and o == "我们的节日·春节" for _, r, o in facts(text))


def test_a_verb_of_holding_that_jieba_reads_as_a_name_opens_no_event():
    text = "昨日，区妇联在文化中心隆重举行纪念大会。"
    assert not any("举行" in e for e in names(text, "Initiative"))


def test_a_show_is_no_exhibition():
    text = "晚上，青山镇第五届“乡音乡情”文艺展演在镇文化广场举行。"
    assert not any(e.endswith("文艺展") for e in names(text, "Initiative"))


def test_a_bodys_or_a_places_group_or_team_is_a_body():
    assert "县应急局督导组" in names("县应急局督导组一行到白沙镇检查。", "Organization")
    text = "白沙乡代表队队员王建军在比赛中表现突出。"
    assert "白沙乡代表队" in names(text, "Organization")
    assert ("白沙乡代表队", "location", "白沙乡") in facts(text)
    # (not a contest's class, nor a study's arm)
    assert not names("王建军获得江苏省少年组冠军。", "Organization")
    assert "白沙县代表队" in names("白沙县代表队荣获团体一等奖。", "Organization")
    assert "白沙县人民医院对照组" not in names("白沙县人民医院对照组患者的恢复时间较长。", "Organization")


def test_a_credit_block_under_the_papers_unit_line_credits_the_article():
    text = ("青山社区服务中心开放\n昨日，青山社区服务中心正式开放，居民纷纷前来办事。\n\n"
            "◆青山日报社编发中心\n◆文/记者 王建国 通讯员 李明华\n◆图/记者 王建国\n")
    assert credits(text) >= {("author", "王建国"), ("contributor", "李明华")}


def test_a_posts_day_and_outlet_before_its_reporters_are_their_byline():
    text = "青山机场开通新航线\n2009-04-07 青山新闻网 记者王建国、李明华\n4月6日，青山机场开通了飞往北京的航线。\n"
    assert credits(text) == {("author", "王建国"), ("author", "李明华")}


def test_a_bodys_numbered_session_is_named_with_the_body():
    assert ("温州青田商会三届二次会员大会", "organizer", "温州青田商会") in facts(
        "11月30日，温州青田商会三届二次会员大会在青山宾馆召开。")
    # (a council's session names no event of the 会 after it: no 县会议 of 县会议中心)
    assert "县会议" not in names("12月2日，白沙县慈善总会三届二次理事会在县会议中心召开。", "Initiative")
    # (an edition is no session: a year before the body is no part of the organizer)
    text = "12月5日，2024年青山县总工会第三届职工技能大赛开幕。"
    assert "2024年青山县总工会" not in names(text, "Organization")
    assert "全市中小学" not in names("全市中小学第十二届田径运动会在青山体育场开幕。", "Organization")
    # (where jieba reads a word of the body's name as a verb, 开化, too; the body is read inside the event's name)
    text = "11月30日，丽水开化商会四届一次会员大会在青山宾馆召开。"
    assert ("丽水开化商会四届一次会员大会", "organizer", "丽水开化商会") in facts(text)


def test_the_rooms_a_centre_lists_are_no_bodies():
    text = "服务中心设有阅览角、母婴室、“连心”党员活动室、便民服务室等功能场室，方便居民。"
    assert not names(text, "Organization") & {"母婴室", "“连心”党员活动室", "党员活动室", "便民服务室", "功能场室"}
    assert names("社区服务中心设有图书阅览室、心理咨询室等功能室，方便居民。", "Organization") == {"社区服务中心"}
    # (places listed as public places stay: 等公共场所)
    assert {"白沙公园", "人民广场"} <= names("检查组先后检查了白沙公园、人民广场等公共场所。", "Place")


def test_a_member_of_a_bodys_party_group_and_its_deputy_head_serves_the_body():
    text = "省侨联党组成员、副主席王建国一行来白沙调研。"
    assert ("王建国", "memberOf", "省侨联") in facts(text)
    assert "省侨联党组" not in names(text, "Organization")


def test_those_who_accompany_the_articles_one_event_take_part_in_it():
    text = "5月8日，省侨联副主席王建国一行到白沙开展“侨法宣传”活动。市侨联主席李明华，市侨联一级调研员赵小军等陪同。"
    assert {("侨法宣传", "participant", "李明华"), ("侨法宣传", "participant", "赵小军")} <= facts(text)
    # (not those who accompany a visit on another occasion)
    text = "5月8日，白沙县举办“文艺惠民”活动。次日，省文联副主席赵国庆到白沙古镇参观，县文联主席钱立陪同。"
    assert ("文艺惠民", "participant", "钱立") not in facts(text)
    text = "5月8日，白沙县举办“文艺惠民”活动。省文联副主席赵国庆出席并观看慰问演出，县文联主席钱立陪同。"
    assert ("文艺惠民", "participant", "钱立") in facts(text)  # (at the event: 出席)


def test_a_numbered_party_branch_after_a_body_is_the_bodys():
    text = "近日，青山市发展改革委机关第三党支部与白沙电力公司党总支开展联建活动。"
    assert "青山市发展改革委机关第三党支部" in names(text, "Organization")
    assert ("青山市发展改革委机关第三党支部", "parentOrganization", "青山市发展改革委") in facts(text)


def test_a_port_area_and_a_railway_station_are_places_named_whole():
    assert "滨海港区" in names("代市长王五先后来到响水港区、滨海港区，察看港口建设。", "Place")
    # (a district of the gazetteer named as a port area is, and a former one after its city, are the district)
    assert ("铁山港区", "containedInPlace", "北海市") in facts("北海铁山港区今年招商成效明显。")
    assert "青岛市黄岛区港区" not in names("青岛市黄岛区港区作业繁忙。", "Place")  # (the district's port area)
    assert "青山县火车站路" in names("青山县火车站路改造完成。", "Place")  # (a road named for the station)
    assert "大港区" in names("这是天津市大港区的一个乡镇企业小区。", "Place")
    text = "8月11日，汝州火车站派出所民警抓获在逃嫌疑人3名。"
    assert {("汝州火车站派出所", "location", "汝州火车站"), ("汝州火车站", "containedInPlace", "汝州市")} <= facts(text)


def test_an_activity_carried_out_somewhere_is_held_there():
    text = "9月9日，由白沙市卫健委主办的秋季大型健康义诊活动在人民广场火热开展。"
    assert ("秋季大型健康义诊活动", "organizer", "白沙市卫健委") in facts(text)
    assert ("秋季大型健康义诊活动", "location", "人民广场") in facts(text)
    assert not names("9月9日，全县安全生产工作在各乡镇开展。", "Initiative")


def test_a_places_seasonal_edition_of_a_quoted_show_is_named_whole_and_its_theme_names_no_one():
    text = "4月25日，以“幸福汉川文化行，美丽乡村共建设”为主题的白沙市秋季“乡村舞台”巡回演出活动走进红旗镇。"
    assert "白沙市秋季“乡村舞台”巡回演出活动" in names(text, "Initiative")
    assert not names(text, "Organization")
