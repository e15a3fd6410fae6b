"""Constructions of the seventy-ninth round's pages (a meeting's speakers, an acting chairman's deputies, a festival
hosted with pomp, former homes and old sites), each on a short text written for the test."""
from tests.conftest import facts, names


def test_who_does_something_at_the_meeting_takes_part_in_it():
    text = ("青山县召开征兵工作会议\n8月3日，青山县征兵工作会议召开。会上，县人武部政委王小五回顾总结了去年的工作。"
            "会上，县委办主任李小四同志也组织大家学习了文件。\n")
    assert {("青山县征兵工作会议", "participant", "王小五"), ("青山县征兵工作会议", "participant", "李小四")} <= facts(text)
    others = ("青山县召开会议\n8月3日，青山县防汛工作会议召开。会上，县长王小五的讲话得到好评。"
              "会上，企业家刘小六捐赠的善款被用于资助学生。会上，副县长赵小七未能到会。"
              "会上，县委书记钱小八委托副书记转达问候。\n")  # (no act of theirs there: a speech, a gift, absent, a proxy)
    found = {f for f in facts(others) if f[1] == "participant"}
    assert not {"王小五", "刘小六", "赵小七", "钱小八"} & {f[2] for f in found}


def test_the_deputies_after_an_acting_chairman_are_of_his_body():
    text = "县人大调研\n近日，县人大常委会代理主任王小五，副主任李小四、赵小六分别带队深入乡镇开展调研。\n"
    found = facts(text)
    assert {("李小四", "memberOf", "县人大常委会"), ("赵小六", "memberOf", "县人大常委会")} <= found


def test_an_event_hosted_with_pomp_by_a_body_is_organized_by_it():
    text = "展销周开幕\n2016年青山农产品展销周是由青山省商务厅隆重举办，旨在拓展合作。\n"
    assert ("2016年青山农产品展销周", "organizer", "青山省商务厅") in facts(text)


def test_a_former_home_and_an_old_site_named_whole_are_places():
    text = "代表团参观文博单位\n代表团先后参观了青山博物院、王阳明故居和青山镇新四军军部旧址。青山县修缮了李大明故居。\n"
    places = names(text, "Place")
    assert {"王阳明故居", "青山镇新四军军部旧址", "李大明故居"} <= places
    kinds = "参观学习\n同学们参观了名人故居和革命旧址。白石镇革命旧址众多。青山县召开革命旧址保护利用工作会议。\n"
    assert names(kinds, "Place") == {"白石镇", "青山县"}  # (no one's home, no site named: kinds of site)


def test_a_limited_company_both_recognizers_read_whole_keeps_a_verb_inside_its_brand():
    text = "检查组突击检查\n10日，检查组来到位于白石区的青禾达光电有限公司，发现该公司废水直排。\n"
    assert "青禾达光电有限公司" in names(text, "Organization")  # (jieba's 达, a verb, inside the brand)
