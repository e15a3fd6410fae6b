"""Constructions of the seventy-eighth round's pages (a college for teachers, a village doctor, a county news site's
posting line, a party committee's offices by their short names, nature reserves and industrial districts), each on a
short text written for the test."""
from tests.conftest import credits, facts, names


def test_a_group_s_title_inside_a_college_s_name_is_the_name_s():
    text = "青山大学举行典礼\n9月1日，青山师范大学教师教育学院院长王小五主持开学典礼。\n"
    assert "青山师范大学教师教育学院" in names(text, "Organization")
    assert ("王小五", "memberOf", "青山师范大学教师教育学院") in facts(text)
    head = "青山公司召开会议\n9月1日，企业负责人青禾科技有限公司总经理王小五出席会议。\n"  # (an office's title: no part of it)
    assert "青禾科技有限公司" in names(head, "Organization")
    group = "青山县开展义诊\n5月6日，县里组织志愿者青山县人民医院开展义诊。\n"  # (the group's title before a name of its own)
    assert "青山县人民医院" in names(group, "Organization")


def test_a_village_s_level_said_twice_ends_its_name_before_a_village_word():
    text = "村医有了导师\n5月18日，青山县白石乡乐园村村医王小五有了带教导师。\n"
    places = names(text, "Place")
    assert "乐园村" in places and "乐园村村医" not in places
    venue = "市民中心启用\n5月6日，青山市市民中心正式启用。\n"  # (市民中心, a venue named whole after its city)
    assert "青山市市民中心" in names(venue, "Place")


def test_a_site_s_name_glued_to_the_posting_day_opens_a_line_of_fields():
    text = "市交通局来我县调研\n\n青山网2013-09-07 09:09:59作者:罗小兰来源:青山网\n\n9月6日，市交通局来我县调研农村公路。\n"
    assert credits(text) == {("author", "罗小兰")}


def test_a_committee_s_office_by_its_short_name_is_a_body_where_the_tagger_reads_it():
    text = "青山县召开座谈会\n11月24日，市委台办主任王小五、县委侨办主任李小四出席座谈会。县委干部参加。\n"
    bodies = names(text, "Organization")
    assert {"市委台办", "县委侨办"} <= bodies and "县委干部" not in bodies
    assert ("王小五", "memberOf", "市委台办") in facts(text)


def test_reserves_parks_and_industrial_districts_named_whole_are_places():
    text = ("保护区开展巡护\n5月6日，青山源头省级自然保护区管理局开展巡护。检查组来到白石社区京南工业区的青禾珠宝有限公司。"
            "大家在青山森林公园植树，游览青山风景名胜区。\n")
    places = names(text, "Place")
    assert {"青山源头省级自然保护区", "京南工业区", "青山森林公园", "青山风景名胜区"} <= places
    assert ("青山源头省级自然保护区管理局", "location", "青山源头省级自然保护区") in facts(text)
    short = "保护区调查\n会议指出，资源调查是今年的重要工作。汾河保护区林地面积大。\n"  # (the reserve's short name)
    assert "汾河保护区" in names(short, "Place")
    kind = "保护区建设\n要加强野生动物保护区建设，新建森林公园3个。执法人员要加强对水源保护区的日常巡查。\n"
    assert not names(kind, "Place")  # (kinds, no name before them)
    old = "老工业区振兴\n东北老工业区的转型升级取得新进展。\n"  # (老 of 老工业区: no name's word)
    assert names(old, "Place") == {"东北"}


def test_a_congress_s_or_a_conference_s_session_named_by_its_term_and_number_is_an_event():
    text = "政协委员视察重点项目\n12月27日，张德群率市政协九届二次会议政协委员集中视察重点项目。\n"
    assert "市政协九届二次会议" in names(text, "Initiative")  # (not 张德群率…: jieba's 群率 over the name's end)
    assert ("市政协九届二次会议", "organizer", "市政协") in facts(text)
    national = "全国政协会议开幕\n3月4日，全国政协十四届一次会议在京开幕。\n"
    assert "全国政协十四届一次会议" in names(national, "Initiative")
    county = "县人大督办建议\n5月6日，县人大常委会对县十七届人大一次会议代表建议办理情况进行督办。\n"
    assert "县十七届人大一次会议" in names(county, "Initiative")
    province = "省人代会召开\n1月15日，湖南省十四届人大一次会议在长沙召开。\n"
    assert "湖南省十四届人大一次会议" in names(province, "Initiative")
    association = "协会召开会议\n5月6日，县书法家协会五届一次会议在县文化馆召开。\n"
    assert ("县书法家协会五届一次会议", "organizer", "县书法家协会") in facts(association)
    standing = "人大常委会会议\n市十五届人大常委会第十二次会议听取了工作报告。\n"
    assert ("市十五届人大常委会第十二次会议", "organizer", "人大常委会") in facts(standing)
    named = "县人代会选举县长\n白石县十七届人大五次会议选举李明为县长。\n"  # (县 of 白石 县, jieba's two words)
    assert "白石县" in names(named, "Place")
    deputy = "代表走访选民\n他是十七届人大代表，经常走访选民。\n"  # (a deputy's term: no session named)
    assert not names(deputy, "Initiative")


def test_bodies_named_after_a_verb_ending_in_wei_take_no_part_in_the_event_before():
    text = "读书节讨论\n参加第三届青山读书节的同学们在讨论时认为，青山图书馆要把阅读推广作为重点。\n"
    assert not {f for f in facts(text) if f[1] == "participant"}  # (认为, 作为: no 为 "for")
    served = "法律进校园\n5月6日，青山大学法学院开展“法律进校园”活动，为白石小学的学生们上了一堂法治课。\n"
    assert ("法律进校园", "participant", "白石小学") in facts(served)  # (为 "for")
