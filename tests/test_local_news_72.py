"""Constructions of the seventy-second round's pages (pairing assistance, CPPCC work, river chiefs, forest fires,
financial literacy, road races, free clinics, civilization practice), each on a short text written for the test."""
from tests.conftest import credits, facts, names


def test_a_credit_glued_to_the_last_sentence_of_the_body():
    text = "白石镇推进秸秆禁烧\n白石镇全面做好秸秆禁烧工作。巡逻队每天巡查。记者李小四、通讯员王五\n\n责任编辑:\n"
    assert credits(text) == {("author", "李小四"), ("contributor", "王五")}


def test_a_role_before_a_name_in_the_photos_field():
    text = "白石镇开展演练\n近日，白石镇开展森林防火演练，各村参加。\n文字:赵小六\n图片:通讯员 王五\n编辑:钱七\n"
    assert credits(text) == {("author", "赵小六"), ("contributor", "王五")}
    alone = "白石镇开展演练\n近日，白石镇开展森林防火演练，各村参加。\n图片：通讯员 王五\n"
    assert credits(alone) == {("contributor", "王五")}
    nobody = "白石镇开展演练\n近日，白石镇开展森林防火演练，各村参加。\n图片：通讯员提供\n"
    assert credits(nobody) == set() and "提供" not in names(nobody, "Person")


def test_a_place_s_news_with_a_bare_name_before_the_reporter_in_brackets():
    text = "白石镇开展演练\n掌中青山讯(李小四记者王五)近日，白石镇开展森林防火演练。\n"
    assert credits(text) == {("author", "王五"), ("contributor", "李小四")}


def test_who_speaks_at_the_meeting_that_launches_a_campaign_takes_part_in_the_meeting():
    text = ("“中医药进校园”活动走进白石小学\n"
            "3月10日，青山县中医医院召开了“中医药进校园”活动白石小学示范点启动会。\n"
            "会上，青山县中医医院副院长李小四宣读了活动方案。\n")
    meeting = "“中医药进校园”活动白石小学示范点启动会"
    assert (meeting, "participant", "李小四") in facts(text)
    assert ("中医药进校园", "participant", "李小四") not in facts(text)
    games = "白石镇中心小学秋季运动会开幕\n白石镇中心小学秋季运动会开幕。会前，学校召开了安全工作会议。会上，校长李小四作了讲话。\n"
    assert ("安全工作会议", "participant", "李小四") in facts(games)
    later = ("青山县“文明新风”活动启动\n9月5日，青山县“文明新风”活动启动。期间将召开“文明新风”工作推进会。"
             "会上，县长李小四作了讲话。\n")
    assert ("“文明新风”工作推进会", "participant", "李小四") not in facts(later)


def test_the_heads_of_a_tribunal_and_a_kindergarten():
    text = ("白石法庭巡回审判\n青山县人民法院白石法庭在白石镇开庭。白石法庭庭长李小四主持庭审。"
            "白石镇中心幼儿园园长王五旁听。\n")
    assert ("李小四", "memberOf", "青山县人民法院白石法庭") in facts(text)
    assert ("王五", "memberOf", "白石镇中心幼儿园") in facts(text)


def test_an_event_s_committee_is_a_body_that_hosts():
    text = ("青山半程马拉松举行\n5月16日，2021青山半程马拉松赛举行。"
            "此次赛事由青山省体育局、第九届全省运动会执委会主办，白石市体育局承办。\n")
    assert "第九届全省运动会执委会" in names(text, "Organization")
    assert "第九届全省运动会" not in names(text, "Initiative")
    assert ("2021青山半程马拉松赛", "organizer", "第九届全省运动会执委会") in facts(text)
    assert ("2021青山半程马拉松赛", "organizer", "白石市体育局") in facts(text)
    county = "青山县运动会筹备\n9月5日，青山县第十届运动会组委会召开全体会议。\n"
    assert "青山县第十届运动会组委会" in names(county, "Organization")
    assert ("青山县第十届运动会组委会", "location", "青山县") in facts(county)



def test_bare_villages_are_in_the_article_s_township_only_where_it_names_no_other():
    one = "白石乡推进文明实践\n白石乡在红星村、青松村建成文明实践站。\n"
    assert ("红星村", "containedInPlace", "白石乡") in facts(one)
    several = "青山县推进文明实践\n大家观摩了东湖镇、西岭镇和白石乡的文明实践站。青松村的做法值得推广。\n"
    assert ("青松村", "containedInPlace", "白石乡") not in facts(several)
