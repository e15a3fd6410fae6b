"""Constructions of the sixty-fifth round's fresh pages (wage arrears, funeral reform, marriage customs, Mandarin
promotion, ice and snow sports, sericulture and beekeeping, calligraphy and painting shows, nurses' day), each on a
short text written for the test."""
from tests.conftest import credits, facts, names


def test_a_body_s_own_news_credits_the_names_in_brackets_after_it():
    text = "白石县召开推进会\n青山清风讯(孙大伟  严小明  王婷婷)8月6日，白石县召开推进会。\n"
    assert credits(text) == {("author", "孙大伟"), ("author", "严小明"), ("author", "王婷婷")}
    text = "白石县召开推进会\n传来喜讯(李明)近日，白石县召开推进会。\n"  # (good news, no outlet's dateline)
    assert credits(text) == set()
    text = "白石县召开推进会\n张三听到死讯(王强 李明)今天已经赶回老家。\n"  # (讯 of a word: news of a death)
    assert credits(text) == set()
    text = "白石镇召开防汛会议\n白石镇讯(记者 李明)8月6日，白石镇召开防汛会议。\n"  # (a place's news, a role word)
    assert credits(text) == {("author", "李明")}


def test_a_unit_supplied_the_text_by_its_writer():
    text = "调研组走进白石县\n5月6日，调研组走进白石县。\n(由 白石县农业农村局 刘小玲供稿)\n"
    assert credits(text) == {("contributor", "刘小玲")}


def test_a_verb_after_a_title_names_no_one():
    text = "白石医院庆祝护士节\n5月12日，白石医院副院长勉励护士们立足岗位、热情服务。\n"
    assert "勉励" not in names(text, "Person")
    text = "白石医院庆祝护士节\n5月12日，白石医院副院长高翔为优秀护士颁奖。\n"
    assert "高翔" in names(text, "Person")


def test_a_body_s_term_is_no_part_of_its_name():
    text = ("白石区护理学会召开会员代表大会\n5月6日，白石区护理学会会员代表大会召开。"
            "第一届护理学会理事长王小红在会上作了工作报告。\n")
    assert "第一届护理学会" not in names(text, "Organization")
    assert "白石区护理学会" in names(text, "Organization")


def test_the_place_that_opens_a_chain_of_bodies_is_its_top_body_s():
    text = "交警开展宣传活动\n5月6日，青山市公安局交通警察支队白石大队在白石镇中心小学开展交通安全宣传。\n"
    found = facts(text)
    assert ("青山市公安局", "location", "青山市") in found
    assert ("青山市公安局交通警察支队", "location", "青山市") not in found
    assert ("青山市公安局交通警察支队", "parentOrganization", "青山市公安局") in found
    text = "林场医院开展义诊\n5月6日，青山市林业局国有林场职工医院在白石镇开展义诊。\n"  # (a hospital: placed too)
    found = facts(text)
    assert {("青山市林业局", "location", "青山市"), ("青山市林业局国有林场职工医院", "location", "青山市")} <= found


def test_a_county_named_bare_three_times_is_the_seat_of_its_level_s_bodies():
    text = ("省调研组走访威宁\n本报讯 5月8日，省调研组一行来到威宁，察看养蚕大棚。调研组认为，威宁发展桑蚕有气候优势，"
            "威宁今后要扩大种桑面积。县农业农村局主要负责人陪同。\n")
    assert ("县农业农村局", "location", "威宁") in facts(text)
    text = ("省调研组走访威宁\n本报讯 5月8日，省调研组一行来到威宁，察看养蚕大棚。调研组认为，威宁发展桑蚕有气候优势，"
            "威宁今后要扩大种桑面积。通山县代表一同调研。县农业农村局主要负责人陪同。\n")  # (a county named in full)
    assert ("县农业农村局", "location", "威宁") not in facts(text)
    text = ("省调研组调研蚕桑产业\n本报讯 5月8日，省调研组一行来到威宁，察看养蚕大棚。调研组认为，威宁发展桑蚕有气候优势。"
            "县农业农村局主要负责人陪同。\n")  # (named twice: maybe a county visited)
    assert ("县农业农村局", "location", "威宁") not in facts(text)
    text = ("省调研组走访鼓楼\n本报讯 5月8日，省调研组一行来到鼓楼，察看老旧小区改造。调研组认为，鼓楼改造老旧小区有经验，"
            "鼓楼今后要扩大改造范围。区住建局主要负责人陪同。\n")  # (four districts so named: no one of them for sure)
    assert ("区住建局", "location", "鼓楼") not in facts(text)
    text = ("省调研组走访通化\n本报讯 5月8日，省调研组一行来到通化，察看人参种植基地。调研组认为，通化发展人参产业有优势，"
            "通化今后要扩大种植面积。县农业农村局主要负责人陪同。\n")  # (通化 alone is the city: 通化县 is another)
    assert not {f for f in facts(text) if f[:2] == ("县农业农村局", "location")}
