"""Constructions of the eighty-first round's pages (an investment fair's 对接会, the event 本次 names before 由, one
activity of a larger event, a mayor among several cities' governments, verbs before an association, a county's level
after a verb), each on a short text written for the test."""
from tests.conftest import facts, names


def test_a_matchmaking_fair_is_an_event():
    text = "对接会举行\n5月8日，青山县农产品产销对接会在白石镇举行。\n"
    assert ("青山县农产品产销对接会", "location", "白石镇") in facts(text)


def test_the_event_this_names_before_its_hosts_is_the_one_of_that_kind():
    text = ("青山县召开茶产业发展大会\n5月8日，青山县召开茶产业发展大会。会后，青山茶叶推介会在白石市举行。"
            "本次推介会由青山县农业局主办。\n")  # (not the first event, the congress)
    assert ("青山茶叶推介会", "organizer", "青山县农业局") in facts(text)


def test_one_activity_of_a_larger_event_is_the_articles_event_and_part_of_it():
    text = ("茶叶推介会举行\n5月8日，第五届青山茶叶博览会活动之一，青山茶叶推介会在白石市举行。"
            "县长王小五出席活动并致辞。\n")
    found = facts(text)
    assert ("青山茶叶推介会", "partOf", "第五届青山茶叶博览会") in found
    assert ("青山茶叶推介会", "participant", "王小五") in found
    assert ("第五届青山茶叶博览会", "participant", "王小五") not in found


def test_a_mayor_heads_his_own_citys_government_among_several_named():
    text = "推介会举行\n白水市委副书记、市长王小五致辞。青山市政府、白水市政府、黄河市政府进行了推介。\n"
    assert ("王小五", "memberOf", "白水市政府") in facts(text)


def test_a_verb_before_an_association_named_by_its_kind_is_no_name():
    text = "商会召开会议\n会长表示，将不断完善商会的各项制度，夯实商会基础。\n"
    assert not names(text, "Organization")


def test_a_countys_level_after_a_verb_opens_the_bodys_name():
    text = "防雷演练\n5月12日，县气象局联合县第二中学举行防雷演练。\n"
    assert "县第二中学" in names(text, "Organization")
    assert "了高级中学" not in names("参观学校\n代表们参观了高级中学。\n", "Organization")  # (no level: no name's)


def test_an_edition_before_a_verb_that_holds_another_event_is_the_first_ones():
    text = "博览会举行推介会\n5月8日，第三届青山茶叶博览会今天举行多场推介会。\n"
    assert "第三届青山茶叶博览会今天举行多场推介会" not in names(text, "Initiative")
    forum = "论坛举行\n5月8日，第四届白石参与式治理论坛在县委党校举行。\n"  # (参与 of its name holds nothing)
    assert "第四届白石参与式治理论坛" in names(forum, "Initiative")


def test_a_body_set_up_for_an_editions_event_keeps_the_edition():
    text = "手语大赛举行\n大赛由县残联和2022年第四届青山残运会组委会主办。\n"
    assert "2022年第四届青山残运会组委会" in names(text, "Organization")
    census = "普查发布会\n省第二次全国污染源普查领导小组办公室李小五处长介绍了情况。\n"
    assert "省第二次全国污染源普查领导小组办公室" in names(census, "Organization")
    fair = "第三届青山残运会组委会成立\n第三届青山残运会组委会近日成立。\n"  # (its edition without a year)
    assert "第三届青山残运会组委会" in names(fair, "Organization")
    school = "培训开班\n5月8日，第二次青山县委党校培训开班。\n"  # (the training's second time: not the school's)
    assert "青山县委党校" in names(school, "Organization")


def test_the_host_before_a_quoted_events_name_is_no_part_of_it():
    text = "助学金发放\n9月6日，由青山市慈善会主办“2019年青山市慈善会助学金发放仪式”在青山市教育局会议室举行。\n"
    found = facts(text)
    assert ("2019年青山市慈善会助学金发放仪式", "organizer", "青山市慈善会") in found
    hosts = "推介会举行\n5月8日，由青山县文旅局主办、白石县商务局承办“山水青山”旅游推介会在白石市举行。\n"
    assert "“山水青山”旅游推介会" in names(hosts, "Initiative")  # (after the last host's verb)
    host = "传承仪式举行\n5月8日，由主办方白石县文旅局组织“白石山歌”传承仪式在白石村举行。\n"  # (主办方: the host)
    assert not any(n.startswith("方") for n in names(host, "Initiative"))
