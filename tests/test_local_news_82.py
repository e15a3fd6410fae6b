"""Constructions of the eighty-second round's pages (a head glued to its title, a speaker's caption, a name before 和,
credits run together or of rarer surnames, 和县 as a conjunction, a short name given before an event, a committee
member's title before another body, a general brigade, names in brackets opening the body), each on a short text
written for the test."""
from tests.conftest import credits, facts, names


def test_a_bodys_head_glued_to_its_title_ends_the_name():
    text = "商会开会\n7月9日下午，青海省厨具业商会会长朱大海主持召开会长办公会议。\n"  # (jieba's 商会会长)
    assert ("朱大海", "memberOf", "青海省厨具业商会") in facts(text)
    party = "院士座谈\n白石科学院党组书记王小明出席。\n"  # (a party post: its committee is not read from the title)
    assert "白石科学院党组" not in names(party, "Organization")


def test_a_speakers_caption_spaces_the_title_from_the_name():
    text = "潮商论坛举行\n【同期声】白水市工商联主席 王大明：潮商精神值得总结。\n"
    assert ("王大明", "memberOf", "白水市工商联") in facts(text)


def test_a_name_of_three_before_a_conjunction_is_no_name_of_four():
    text = "助学金发放\n仪式上，市慈善总会秘书长高立新和市民政局副局长王小平分别讲话。\n"
    assert "高立新" in names(text, "Person")
    assert "高立新和" not in names(text, "Person")
    double = "座谈会召开\n司马小和在座谈会上介绍了情况。\n"  # (a double surname's name of four, before a preposition)
    assert "司马小和" in names(double, "Person")


def test_roles_and_names_run_together_before_reported():
    text = "县委统战部调研\n记者王小明通讯员李大伟 张小兵报道:5月24日，市委统战部副部长刘超来县调研。\n"
    assert {("author", "王小明"), ("contributor", "李大伟"), ("contributor", "张小兵")} <= credits(text)


def test_a_closing_credit_in_brackets_takes_a_rarer_surname_before_the_role():
    text = "棚改签约过半\n5月24日，白石区棚改征收签约率过半。(舒丹 记者 陶小婧)\n"
    assert {("contributor", "舒丹"), ("author", "陶小婧")} <= credits(text)


def test_a_county_named_by_a_conjunction_after_a_noun_is_the_conjunction():
    text = "捐赠仪式举行\n12月16日，县老区促进会会长席大留出席捐赠仪式，乡政府和县教育局领导参加了活动。\n"
    assert "和县" not in names(text, "Place")
    assert "县教育局" in names(text, "Organization")
    county = "教育局开会\n近日，马鞍山市和县教育局召开会议。\n"  # (after its city: the county)
    assert "和县" in names(county, "Place")


def test_a_short_name_given_in_brackets_opens_no_part_of_the_event_after_it():
    text = "新促会成立\n5月4日上午，青山市新兴产业促进会（以下简称“新促会”）第一届第一次会员大会在白石大酒店召开。\n"
    assert ("第一届第一次会员大会", "organizer", "青山市新兴产业促进会") in facts(text)
    short = "新联会成立\n5月4日上午，白石县新的社会阶层人士联谊会（以下简称“新联会”）第一届第一次会员大会在白石县委党校召开。\n"
    found = facts(short)
    assert ("第一届第一次会员大会", "organizer", "新联会") in found  # (the full name read nowhere: the short one)
    assert ("第一届第一次会员大会", "organizer", "白石县委党校") not in found  # (where it is held)


def test_a_committee_members_title_ends_the_name_of_the_body_after_it():
    for text in ("座谈会召开\n县委副书记县总工会主席刘小喜出席座谈会。\n",
                 "座谈会召开\n县教育局党组书记县总工会主席李大为参加座谈会。\n"):  # (jieba's 党组书记, one word)
        assert {n for n in names(text, "Organization") if n.endswith("县总工会")} == {"县总工会"}


def test_a_general_brigade_is_a_body_as_its_brigades_are():
    text = "志愿者总队成立\n昨天，白水省网络文明志愿者总队正式成立。\n"
    assert "白水省网络文明志愿者总队" in names(text, "Organization")


def test_names_in_brackets_opening_the_body_before_its_time_are_its_authors():
    text = "项目集中开工\n(王小明 张世凌) 12月28日，青山县工业园举行了项目集中开工仪式。\n"  # (no dateline before them)
    assert {("author", "王小明"), ("author", "张世凌")} <= credits(text)
    said = "项目集中开工\n(附图 照片) 12月28日，青山县工业园举行了开工仪式。\n"  # (no names: no credit)
    assert not credits(said)
    pair = "比赛结果揭晓\n(李小明 张世凌)两位同学获得一等奖。\n"  # (no time after them: the body's own words)
    assert not credits(pair)
