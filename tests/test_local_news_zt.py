"""Constructions of the sixty-second round's fresh pages (statistics bureaus, weather services, archives, disabled
persons' federations, the Red Cross, tobacco growing, postal delivery, overseas Chinese federations), each on a short
text written for the test."""
from tests.conftest import credits, facts, names

BODY = "白石县举办植树活动\n3月12日，白石县举办植树活动，县林业局局长王小林参加。\n"


def test_a_role_and_a_name_apart_by_a_bar_are_a_credit():
    assert credits(BODY + "记者|王大力 通讯员|刘小建\n编辑|李小榕\n") == {("author", "王大力"), ("contributor", "刘小建")}
    assert credits(BODY + "记者｜王大力\n") == {("author", "王大力")}


def test_a_column_s_name_after_a_role_and_a_bar_is_no_credit():
    assert credits("记者｜走进白石的田野\n3月12日，白石县举办植树活动，县林业局局长王小林参加。\n") == set()


def test_a_vertical_dash_between_a_field_and_its_names_reads_as_a_bar():
    text = BODY + "来源:白石县融媒体中心\n作者:记者︱王小彬 宋显明\n"
    assert credits(text) == {("author", "王小彬"), ("author", "宋显明")}


def test_a_credit_under_the_photos_captions_closes_the_last_article():
    text = BODY + "白石镇邮政所开业揭牌仪式\n白石镇邮政所开业首日\n来源:白石新闻网\n作者:陈小寒\n编辑:姜小菲\n"
    assert credits(text) == {("author", "陈小寒")}


def test_an_author_s_field_that_names_a_body_credits_no_one():
    text = ("白石区开展走访慰问活动\n发布日期:2024-02-05 14:37:29 作者:市残联 来源:本站 阅读:162次\n"
            "连日来，白石区残联走访慰问困难残疾人。\n")
    assert credits(text) == set()
    assert "市残联" not in names(text, "Person")


def test_an_inner_verb_opens_the_name_of_two_activities_joined_by_ji():
    text = "青山镇举办的科普周除开展科技下乡暨科普讲座活动外，还将举办义诊。"
    found = names(text, "Initiative")
    assert any(n.startswith("科技下乡暨科普讲座") for n in found)
    assert not any(n.startswith("的") or "除开展" in n for n in found)


def test_a_series_named_by_a_noun_is_a_campaign_a_count_of_many_is_none():
    assert "科普惠民系列活动" in names("白石县开展了科普惠民系列活动。科普惠民系列活动受到群众欢迎。", "Initiative")
    assert names("白石县开展了一系列宣传活动。一系列宣传活动受到欢迎。", "Initiative") == set()


def test_counties_named_bare_in_a_counted_list_are_places_people_are_not():
    text = "会上，上杭、连城、武平等3个县交通运输局作交流发言。"
    assert {"上杭", "连城", "武平"} <= names(text, "Place")
    assert "武平" not in names(text, "Person")
    people = "会上，王小五、李大四等3个县负责人作交流发言。"
    assert {"王小五", "李大四"} <= names(people, "Person")


def test_towns_listed_before_each_of_their_stations_are_places():
    text = "宣恩县烟叶收购\n本报讯 今年，沙道沟、万寨、高罗、李家河等乡镇各收购站陆续开秤收购。\n"
    places = names(text, "Place")
    assert {"高罗镇", "李家河镇"} <= places
    assert not {"高罗", "李家河"} & names(text, "Person")


def test_a_body_s_name_ends_before_the_verb_it_joins_another_with():
    text = "1月20日，白石市侨联联同青山镇侨联开展送春联活动。"
    bodies = names(text, "Organization")
    assert "白石市侨联" in bodies
    assert "白石市侨联联" not in bodies


def test_a_short_column_after_a_role_and_a_bar_is_no_credit():
    assert credits("记者｜走基层\n3月12日，白石县举办植树活动，县林业局局长王小林参加。\n") == set()


def test_an_author_s_field_naming_a_township_credits_no_one_a_rare_name_is_still_a_person():
    field = "白石区开展慰问活动\n发布日期:2024-02-05 作者:{} 来源:本站\n连日来，白石区残联走访慰问困难残疾人。\n"
    assert credits(field.format("张集镇")) == set()
    assert credits(field.format("蒙新乡")) == {("author", "蒙新乡")}


def test_a_joint_body_named_with_lian_he_stays_one_and_a_mass_body_keeps_its_last_character():
    assert "县科" not in names("县科协同县教育局举办青少年科技创新大赛。", "Organization")
    assert "白石县文联联合党支部" in names("近日，白石县文联联合党支部召开党员大会。", "Organization")


def test_people_listed_before_each_of_a_kind_stay_people():
    assert {"张小明", "李小红"} <= names("会上，张小明、李小红等社区各网格员分享了工作经验。", "Person")
    assert {"王小五", "李大四"} <= names("王小五、李大四等乡镇各分管领导参加会议。", "Person")


def test_a_series_named_by_its_kind_alone_is_no_campaign():
    assert names("白石县开展了主题系列活动。主题系列活动受到群众欢迎。", "Initiative") == set()


def test_a_body_that_supplied_the_text_is_named():
    text = "白石县开展档案宣传\n本报讯 6月9日，白石县档案局在人民广场开展档案宣传活动。\n（白石县地志办供稿）\n"
    assert "白石县地志办" in names(text, "Organization")
    assert credits(text) == set()


def test_two_bodies_of_one_county_joined_by_he_are_two():
    text = "5月8日，白石县卫生局和白石县红十字会共同举办的“无偿献血”活动在该县文化广场举行。"
    assert {"白石县卫生局", "白石县红十字会"} <= names(text, "Organization")
    assert ("无偿献血", "location", "文化广场") in facts(text)


def test_an_activity_named_after_the_body_that_holds_it_opens_after_de():
    assert "书画笔会暨进社区活动" in names("县里举办的书画笔会暨进社区活动在青山广场举行。", "Initiative")


def test_a_system_of_chiefs_is_a_program_a_word_of_the_dictionary_is_not():
    assert names("白石县全面推行河长制，全县落实田长制。", "Initiative") == {"河长制", "田长制"}
    assert names("白石县克服家长制作风，实行首长负责制。", "Initiative") == set()
    assert "白石县林长制办公室" in names("白石县林长制办公室组织巡林。", "Organization")


def test_a_census_of_the_whole_country_is_named_by_its_edition():
    text = "白石县统计局召开会议，部署全国1%人口抽样调查和第五次全国经济普查两项重点工作。"
    assert {"全国1%人口抽样调查", "第五次全国经济普查"} <= names(text, "Initiative")
    assert names("普查结果显示，全国各地普查工作进展顺利。", "Initiative") == set()


def test_a_name_after_a_role_and_a_bar_may_open_with_a_rare_surname_a_column_s_word_is_none():
    assert credits(BODY + "记者｜仝小燕 通讯员｜訾大伟\n") == {("author", "仝小燕"), ("contributor", "訾大伟")}
    assert credits(BODY + "来源：白石日报 记者｜李小四\n") == {("author", "李小四")}
    assert credits(BODY + "来源：白石日报 记者｜走基层\n") == set()
    assert credits(BODY + "记者｜春耕\n") == set()


def test_a_supplier_is_one_body_by_its_own_name():
    head = "白石县开展档案宣传\n本报讯 6月9日，白石县档案局在人民广场开展档案宣传活动。\n"
    assert "白石县档案馆" in names(head + "（由白石县档案馆供稿）\n", "Organization")
    assert not any("和" in n for n in names(head + "（白石县档案馆和白石县地志办供稿）\n", "Organization"))
    assert "县档案局张科" not in names(head + "（县档案局张科供稿）\n", "Organization")


def test_a_venue_named_with_the_county_s_deictic_keeps_its_whole_name():
    text = "白石县招商推介会在该县人民政府会议室举行。"
    assert any(p == "location" and o.endswith("会议室") for _, p, o in facts(text))


def test_two_bodies_joined_by_tong_after_a_mass_body_are_two():
    assert {"县科协", "县教育局"} <= names("近日，县科协同县教育局举办青少年科技创新大赛。", "Organization")


def test_villages_listed_before_each_of_their_branches_are_places():
    assert {"红旗", "向阳"} <= names("红旗、向阳等村各党支部书记参加会议。", "Place")


def test_counties_listed_bare_lie_in_the_city_the_text_names():
    text = "龙岩召开推进会\n本报讯 会上，上杭、连城、武平等3个县交通运输局作交流发言。"
    assert {("武平县", "containedInPlace", "龙岩市"), ("连城县", "containedInPlace", "龙岩市")} <= facts(text)


def test_a_chief_in_a_verb_or_a_body_s_name_is_no_program():
    assert names("巡河中，村级河长制止了一起非法采砂行为。", "Initiative") == set()
    assert "白石县河长制工作领导小组办公室" in names("白石县河长制工作领导小组办公室召开会议。", "Organization")


def test_a_clause_about_a_census_is_no_census():
    assert names("目前，全国已有多个省份完成普查。", "Initiative") == set()
    assert "第七次全国人口普查领导小组办公室" in "".join(names("白石县第七次全国人口普查领导小组办公室召开会议。", "Organization"))


def test_a_person_among_items_before_each_keeps_them_people():
    assert "张伟" in names("会上，张伟、文明等村各党支部书记作交流发言。", "Person")


def test_two_bodies_joined_by_a_verb_in_a_body_s_walk_are_two():
    assert {"县文联", "县文旅局"} <= names("近日，县文联同县文旅局举办书画展。", "Organization")
    assert {"县残联", "县卫健委"} <= names("近日，县残联协同县卫健委开展义诊活动。", "Organization")


def test_a_supplier_s_person_after_its_unit_leaves_the_unit():
    head = "白石县开展档案宣传\n本报讯 6月9日，白石县档案局在人民广场开展档案宣传活动。\n"
    assert "县住房和城乡建设局" in names(head + "（县住房和城乡建设局供稿）\n", "Organization")


def test_a_county_named_bare_as_a_headline_s_subject_is_the_county():
    text = "阳新部署春季动物防疫工作\n本报讯 3月17日，全县举行动物防疫培训，推广“湖北智慧畜牧”平台。\n"
    assert "阳新县" in names(text, "Place")
    assert "阳新" not in names(text, "Organization")


def test_a_brand_named_as_a_county_stays_a_body_outside_a_county_s_own_news():
    assert "东方" in names("东方宣布将在海口开通新航线\n本报讯 近日，东方宣布开通多条国际航线。", "Organization")
    assert "南开" in names("南开与天津签署合作协议\n本报讯 4月8日，南开与天津市政府签署战略合作协议。", "Organization")


def test_cities_counted_with_counties_keep_their_cities_names():
    text = "湖南召开防汛工作会议\n本报讯 会上，衡阳、邵阳、岳阳等3个市县作表态发言。"
    assert "衡阳县" not in names(text, "Place")


def test_two_roles_with_their_names_after_bars_credit_both_whatever_the_names():
    assert credits(BODY + "记者｜于洋 通讯员｜刘小建\n") == {("author", "于洋"), ("contributor", "刘小建")}


def test_a_county_whose_name_holds_a_joining_verb_is_no_verb():
    assert "怀化市会同县人民政府" in names("近日，怀化市会同县人民政府召开常务会议。", "Organization")


def test_a_chief_system_before_a_function_word_and_a_census_of_a_described_kind_are_programs():
    assert "河长制" in names("白石县以河长制为抓手，持续改善水环境质量。", "Initiative")
    assert "第一次全国可移动文物普查" in names("白石县启动第一次全国可移动文物普查。", "Initiative")


def test_a_body_then_hui_tong_and_a_county_body_is_two_bodies():
    assert {"漳浦县地震办", "县民政局"} <= names("近日，漳浦县地震办会同县民政局开展防灾宣传活动。", "Organization")


def test_mends_of_the_last_review():
    assert "河长制" in names("白石县河长制成效显著。", "Initiative")
    assert names("全国残联开展残疾人抽样调查。", "Initiative") == set()
    assert credits(BODY + "记者｜走基层 通讯员｜看变化\n") == set()
    counted = names("湖南召开防汛工作会议\n本报讯 会上，衡阳、祁东、衡东等3个县市作表态发言。", "Place")
    assert {"祁东县", "衡东县", "衡阳市"} <= counted and "衡阳县" not in counted


def test_bodies_that_carry_out_an_activity_on_an_occasion_organize_it():
    text = "1月20日，白石市侨联联同青山镇侨联、青山镇文联等单位在春节来临之际，开展“迎新春”送春联活动。"
    assert {("迎新春", "organizer", b) for b in ("白石市侨联", "青山镇侨联", "青山镇文联")} <= facts(text)
