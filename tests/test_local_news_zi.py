"""Names and relations in the shapes the fifty-first round's fresh pages (power, water, science, housing, village,
museum, emergency and justice news) write them: the opening of two events joined by 暨, named whole; people who come to
the scene of the article's activity or look on at its demonstration; an exhibition named by its title; a system's
meeting; districts, counties and bodies the taggers misread; a section in a title; bodies that attend; a headline's
meeting by its scope; a dateline with its city after the date; a week of events; a quoted title at work.
"""
from tests.conftest import credits, facts, names


def test_the_opening_of_two_events_joined_is_one_name():
    text = "2月3日，2025青山古镇新春民俗文化节暨乐购白沙购物季开幕式举行。市领导张明、李华出席开幕式。"
    whole = "2025青山古镇新春民俗文化节暨乐购白沙购物季开幕式"
    assert whole in names(text, "Initiative")
    assert (whole, "participant", "张明") in facts(text)
    text = "9月3日，白石镇第三届农民篮球联赛暨全民健身月开幕式在镇文化广场举行。"
    assert ("白石镇第三届农民篮球联赛暨全民健身月开幕式", "location", "镇文化广场") in facts(text)
    # (one event's opening is the event, as before; a second with a head of its own is held there too)
    text = "9月3日晚，白石镇第三届“丰收杯”农民篮球联赛开幕式在镇文化广场举行。"
    assert "白石镇第三届“丰收杯”农民篮球联赛" in names(text, "Initiative")
    text = "5月8日，2023年青山市“敬老周”活动启动仪式暨“孝老故事汇”在青山广播电视台举行。"
    assert "2023年青山市“敬老周”活动启动仪式" in names(text, "Initiative")


def test_who_comes_to_the_scene_of_the_articles_activity_takes_part():
    text = ("9月9日，由白沙市卫健委主办的春季健康义诊活动在青山广场火热开展。当日，医政处处长李华到义诊现场慰问了医护人员。"
            "我院赵刚教授也先后赶往义诊现场。")
    for person in ("李华", "赵刚"):
        assert ("春季健康义诊活动", "participant", person) in facts(text)
    # (not the scene of something else, nor an event of another kind)
    text = "9月9日，秋季大型义诊活动在青山广场火热开展。当日，处长李华到事故现场查看了情况。"
    assert ("秋季大型义诊活动", "participant", "李华") not in facts(text)


def test_a_forestry_district_written_short_is_the_district():
    assert names("今年神农架的游客增长了两成。", "Place") >= {"神农架林区"}
    assert ("六枝特区", "containedInPlace", "六盘水市") in facts("六枝特区的茶叶远销海外。")
    assert "万柏" not in names("万柏林区的居民说。", "Place")


def test_a_division_the_tagger_reads_as_a_body_is_no_body():
    text = "王强一行到神农架残创中心调研。"
    assert "神农架残创中心" in names(text, "Organization")
    assert "神农架" not in names(text, "Organization")
    assert "上海" not in names("追溯上海律师业发展历史。", "Organization")


def test_a_body_read_over_a_place_and_a_verb_is_the_place_and_the_body():
    text = "5月9日,省科协党组成员、副主席王明来神农架林区调研科协工作情况。"
    assert "神农架林区" in names(text, "Place")
    assert not any("调研" in n for n in names(text, "Organization") | names(text, "Place"))


def test_who_looks_on_at_the_articles_demonstration_takes_part():
    text = ("11月21日，青山县基层消防能力提升现场观摩活动在白石镇举办。副县长张立新、县应急局局长刘建军现场观摩了白石镇消防站，"
            "白石镇镇长孙浩陪同。各乡镇要以此次观摩活动为契机，补齐短板。")
    event = "青山县基层消防能力提升现场观摩活动"
    for person in ("张立新", "刘建军", "孙浩"):
        assert (event, "participant", person) in facts(text)
    assert names(text, "Initiative") == {event}
    # (a verb of the event's name that is no looking on: 主持 of a hosts' contest)
    text = "5月9日，青山县第三届少儿主持人大赛在县电视台举行。县长王五主持县政府常务会议，研究防汛工作。"
    assert not any(r == "participant" and o == "王五" for _, r, o in facts(text))


def test_an_exhibition_named_by_its_title_is_held_where_it_opens():
    text = ("5月15日上午，《岁月留痕——老青岛商标特展》在本馆隆重开幕。白沙纪念馆副馆长黄志明、青山博物馆馆长李文等出席了展览开幕仪式。")
    show = "岁月留痕——老青岛商标特展"
    assert show in names(text, "Initiative")
    assert (show, "participant", "黄志明") in facts(text)
    assert not any(s == show and r == "location" for s, r, _ in facts(text))  # (not in 青岛: the title's)


def test_a_meeting_named_for_a_system_the_tagger_reads_as_one_noun():
    text = "12月13日，青山区召开了河长制工作会议。区水利局局长李明主持会议。"
    assert "河长制工作会议" in names(text, "Initiative")
    assert ("河长制工作会议", "participant", "李明") in facts(text)


def test_a_section_named_in_a_title_after_its_bureau_is_the_bureaus():
    text = "青山县教育局基教科科长陈伟出席。"
    assert ("陈伟", "memberOf", "青山县教育局基教科") in facts(text)
    assert ("青山县教育局基教科", "parentOrganization", "青山县教育局") in facts(text)
    text = "青山县教育局原基教科科长陈伟出席。"  # (a former head's: the bureau's)
    assert not any("原基教科" in n for n in names(text, "Organization"))


def test_bodies_that_attend_take_part():
    text = "6月6日，白沙县安全生产工作会议在县委党校召开。白沙电视台、白沙县融媒体中心等当地媒体参加了此次会议。"
    for body in ("白沙电视台", "白沙县融媒体中心"):
        assert ("白沙县安全生产工作会议", "participant", body) in facts(text)
    text = "6月6日，白沙县安全生产工作会议在县委党校召开。白沙电视台、白沙县融媒体中心等30余家单位参加了会议。"
    assert ("白沙县安全生产工作会议", "participant", "白沙电视台") in facts(text)


def test_a_headlines_body_that_attends_its_meeting_and_the_meeting_named_by_its_scope():
    text = "白沙县气象局参加全县防汛防台工作会议\n\n6月6日，2016年白沙县防汛防台工作会议在县委党校召开。县长王明出席会议。"
    assert names(text, "Initiative") == {"2016年白沙县防汛防台工作会议"}
    assert ("2016年白沙县防汛防台工作会议", "participant", "白沙县气象局") in facts(text)
    assert ("2016年白沙县防汛防台工作会议", "participant", "王明") in facts(text)
    # (not an earlier one looked back on, nor one of another level: 杭州 is a city, no 州)
    text = "全县教育工作会议召开\n\n2月6日，全县教育工作会议召开。县长王明总结了2015年白沙县教育工作会议以来的工作。"
    assert "全县教育工作会议" in names(text, "Initiative")
    text = "全州防汛防台工作会议召开\n\n6月6日，2016年杭州防汛防台工作会议在杭州召开。"
    assert "全州防汛防台工作会议" in names(text, "Initiative")
    text = "全镇防汛工作会议召开\n\n6月6日，2016年白石镇防汛工作会议在镇政府召开。"
    assert names(text, "Initiative") == {"2016年白石镇防汛工作会议"}


def test_a_dateline_with_its_city_after_the_date():
    text = "青山网5月8日白沙电(李小红 王大明)近日，白沙县人民检察院召开座谈会。"
    assert credits(text) == {("author", "李小红"), ("author", "王大明")}
    assert "白沙电" not in names(text, "Place")


def test_that_bodys_person_with_the_title_after_the_name():
    text = "近日，白沙县人民检察院召开座谈会。座谈会上，该院刘振华检察长首先通报了检察工作的基本情况。"
    assert ("刘振华", "memberOf", "白沙县人民检察院") in facts(text)


def test_a_county_named_after_its_people_and_the_townships_that_decide_which():
    text = "6月1日，东乡县召开现场会。会前，王明一行到东塬乡调研，并前往达板镇查看产业园建设。"
    assert names(text, "Place") >= {"东乡族自治县", "东塬乡", "达板镇"}
    assert ("东塬乡", "containedInPlace", "东乡族自治县") in facts(text)
    assert ("东乡族自治县", "containedInPlace", "临夏回族自治州") in facts(text)
    assert "鄂温克族自治旗" in names("鄂温克旗的牧民喜获丰收。", "Place")


def test_a_week_of_events_started_somewhere_is_held_there():
    text = "5月20日，白沙县科技活动周在人民广场启动，15个单位参加启动仪式。"
    assert ("白沙县科技活动周", "location", "人民广场") in facts(text)


def test_a_project_a_group_inspects_opens_after_the_verb():
    text = "在白沙区，王明局长一行现场查勘青松片区老旧小区改造项目，听取汇报。"
    assert "青松片区老旧小区改造项目" in names(text, "Initiative")
    assert not any("一行" in n for n in names(text, "Initiative"))


def test_a_quoted_title_at_work_is_no_campaign():
    text = "青山“第一书记”在行动\n\n本报讯 近日，青山县80名“第一书记”进村开展工作。"
    assert not any("第一书记" in n for n in names(text, "Initiative"))


def test_a_body_named_bare_in_a_chain_is_the_chains_citys():
    text = "青山市工商联与白沙市工商联举行座谈。白沙市人大常委会副主任、市工商联主席王志雄主持。"
    assert ("王志雄", "memberOf", "白沙市工商联") in facts(text)
    assert ("王志雄", "memberOf", "青山市工商联") not in facts(text)


def test_an_event_named_by_a_day_written_as_its_date():
    assert "七一表彰大会" in names("6月30日，青山县委召开七一表彰大会。", "Initiative")
    assert "六一文艺汇演" in names("5月31日，白石小学举行六一文艺汇演。", "Initiative")


def test_a_heads_title_the_taggers_read_into_the_name_is_no_part_of_it():
    text = "本馆萧雅君馆长和白沙武昌起义纪念馆黄春明副馆长为展览开幕致辞。"
    assert "萧雅君" in names(text, "Person")
    assert not any(n.startswith("萧雅君馆") for n in names(text, "Person"))
