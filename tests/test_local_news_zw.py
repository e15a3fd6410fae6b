"""Constructions of the sixty-fifth round's fresh pages (wage arrears, funeral reform, marriage customs, Mandarin
promotion, ice and snow sports, sericulture and beekeeping, calligraphy and painting shows, nurses' day), each on a
short text written for the test."""
import kg
from tests.conftest import credits, facts, names


def test_a_body_s_own_news_credits_the_names_in_brackets_after_it():
    text = "白石县召开推进会\n青山清风讯(孙大伟  严小明  王婷婷)8月6日，白石县召开推进会。\n"
    assert credits(text) == {("author", "孙大伟"), ("author", "严小明"), ("author", "王婷婷")}
    text = "白石县召开推进会\n传来喜讯(李明)近日，白石县召开推进会。\n"  # (good news, no outlet's dateline)
    assert credits(text) == set()
    text = "白石县召开推进会\n张三听到死讯(王强 李明)今天已经赶回老家。\n"  # (讯 of a word: news of a death)
    assert credits(text) == set()
    text = "白石县召开推进会\n传来捷讯(李小明)近日，白石县召开推进会。\n"  # (good news, no word of the dictionary)
    assert credits(text) == set()
    text = "白石镇召开防汛会议\n白石镇讯(记者 李明)8月6日，白石镇召开防汛会议。\n"  # (a place's news, a role word)
    assert credits(text) == {("author", "李明")}
    text = ("纪委召开会议\n毕节廉政讯（李四 王五）8月16日，市纪委监委召开全体会议。市委常委、市纪委书记张三出席会议"
            "并讲话。\n")  # (the body's news names its city: the seat of 市委)
    assert ("市委", "location", "毕节市") in facts(text)


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
    text = "青山交警查处酒驾\n5月6日，青山市公安局白石分局交警大队一中队中队长李刚介绍了查处情况。\n"  # (three above)
    found = facts(text)
    assert ("青山市公安局", "location", "青山市") in found
    assert not {f for f in found if f[1] == "location" and f[0] != "青山市公安局"}
    text = "会议\n四川长虹电器股份有限公司财务部部长李四说，公司业绩稳步增长。\n"  # (a brand read as its parent: no body)
    assert ("四川长虹电器股份有限公司", "location", "四川省") in facts(text)
    text = "林场医院开展义诊\n5月6日，青山市林业局国有林场职工医院在白石镇开展义诊。\n"  # (a hospital: placed too)
    found = facts(text)
    assert {("青山市林业局", "location", "青山市"), ("青山市林业局国有林场职工医院", "location", "青山市")} <= found


def test_a_county_named_bare_is_no_seat_of_its_level_s_bodies_where_the_article_goes_there():
    text = ("县委书记带队考察\n8月16日，县委书记张三率考察组赴湄潭学习茶产业发展经验。张三表示，湄潭茶产业起步早、"
            "品牌响，湄潭的经验值得学习，要学习湄潭的好做法。副县长李四参加考察。\n")  # (a county visited)
    found = facts(text)
    assert ("县委", "location", "湄潭") not in found and ("李四", "memberOf", "湄潭") not in found


def test_a_title_read_back_from_a_name_holds_no_preposition_or_conjunction():
    text = ("白石县冰雪运动会开幕\n\n7月8日，由白石县人民政府主办，县体育局承办的白石县第三届冰雪运动会开幕式"
            "在白石中学操场举办。副县长王小红，县委宣传部副部长李大明、县教育局局长张大山出席开幕式，开幕仪式由县教育局"
            "局长张大山主持，运动员代表先后宣誓，最后由副县长王小红宣布运动会开幕。\n")
    g = kg.build(text)
    roles = {f.role for f in g.facts if f.predicate == "memberOf" and g.entities[f.subject].name == "王小红"}
    assert roles == {"副县长"}
    text = ("考察\n本报讯 3月5日，青山市党政代表团赴白沙市考察。青山市委书记赵六率队。在白沙期间，代表团与副市长王五"
            "进行了座谈。青山市市长李四参加考察。\n")  # (与: the host's vice-mayor, not 青山市's)
    assert ("王五", "memberOf", "青山市") not in facts(text)
    text = "会议\n3月5日，芜湖市委书记张三出席会议并讲话，无为市长李四作表态发言。\n"  # (无为: a city, no conjunction)
    assert ("李四", "memberOf", "芜湖市") not in facts(text)
    text = ("县委书记调研产业发展\n本报讯 近日，县委书记张三到龙门镇调研。他察看了龙门的产业园，指出龙门要加快发展，"
            "龙门近年来变化很大。县农业农村局局长李四陪同调研。\n")  # (龙门 of the town 龙门镇, not 龙门县)
    assert not {f for f in facts(text) if f[1] == "location" and f[2] == "龙门"}
    text = ("县委书记带队考察\n本报讯 近日，县委书记张三带队赴赫章考察学习。在赫章，考察团参观了产业园。张三表示，赫章的"
            "经验值得学习，赫章的做法值得借鉴。县农业农村局局长李四参加考察。\n")  # (a county visited)
    assert not {f for f in facts(text) if f[1] == "location" and f[2] == "赫章"}
    text = ("区委书记调研产业发展\n本报讯 近日，调研组察看了东山的产业园。调研组认为，东山发展产业有优势，东山今后要"
            "扩大规模。区农业农村局主要负责人陪同。\n")  # (东山县 and 东山区: no one of them for sure)
    assert not {f for f in facts(text) if f[1] == "location" and f[2] == "东山"}


def test_an_agronomist_s_title_names_his_bureau():
    text = "白石县推广桑蚕新品种\n本报讯 5月8日，白石县农业局副总农艺师李大山介绍了桑蚕新品种的推广情况。\n"
    assert ("李大山", "memberOf", "白石县农业局") in facts(text)


def test_who_speaks_at_the_event_s_ceremony_takes_part_in_it():
    text = ("白石县冰雪节开幕\n本报讯 1月27日，白石县第三届冰雪节在白石滑雪场开幕。常务副县长张小涛随后在开幕式上"
            "致欢迎词。\n")
    assert ("白石县第三届冰雪节", "participant", "张小涛") in facts(text)
    text = "白石县冰雪节开幕\n本报讯 1月27日，白石县第三届冰雪节在白石滑雪场开幕。副县长王小红在开幕式上作了讲话。\n"
    assert ("白石县第三届冰雪节", "participant", "王小红") in facts(text)
    text = "白石县冰雪节开幕\n本报讯 1月27日，白石县第三届冰雪节在白石滑雪场开幕。县长张小涛当天在北京致辞。\n"
    assert ("白石县第三届冰雪节", "participant", "张小涛") not in facts(text)
    text = "白石县冰雪节开幕\n本报讯 1月27日，白石县第三届冰雪节在白石滑雪场开幕。县长张小涛曾在开幕式上致辞。\n"
    assert ("白石县第三届冰雪节", "participant", "张小涛") not in facts(text)
    text = ("白石县重点项目签约\n本报讯 1月27日，白石县举行重点项目集中签约仪式。签约仪式结束后，县长张小涛在座谈会上"
            "作了讲话。\n")  # (another meeting, called by its kind)
    assert not {f for f in facts(text) if f[1:] == ("participant", "张小涛")}
