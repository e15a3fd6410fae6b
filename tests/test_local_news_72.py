"""Constructions of the seventy-second round's pages (pairing assistance, CPPCC work, river chiefs, forest fires,
financial literacy, road races, free clinics, civilization practice), each on a short text written for the test."""
from tests.conftest import credits, facts, headlines, names


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
    after = ("青山县“文明新风”活动启动\n9月5日，青山县“文明新风”活动正式启动。8月30日，县里召开了“文明新风”活动筹备会。"
             "9月5日上午，“文明新风”活动启动仪式在县广场举行。会上，县长李小四宣布活动启动。\n")
    assert ("“文明新风”活动筹备会", "participant", "李小四") not in facts(after)


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
    several = "白石乡推进文明实践\n大家观摩了东湖镇、西岭镇和白石乡的文明实践站，青松村的做法值得推广。\n"
    assert ("青松村", "containedInPlace", "白石乡") not in facts(several)
    passing = "白石乡推进文明实践\n来自东湖镇、西岭镇的客商参观了白石乡。红星村的茶园值得推广。\n"
    assert ("红星村", "containedInPlace", "白石乡") in facts(passing)
    peers = ("宣传委员观摩\n9月19日，青山县委宣传部组织各乡镇宣传委员，先后前往东湖、西岭、白石等3个乡镇观摩。"
             "白石乡党委书记李明介绍经验。\n")
    assert ("东湖", "containedInPlace", "白石乡") not in facts(peers)


def test_a_body_s_own_campaign_named_right_after_it_is_organized_by_it():
    text = "青山县政协推进委员履职\n据悉，青山县政协“委员联系群众行动”实施两年来，委员们深入基层。\n"
    assert ("委员联系群众行动", "organizer", "青山县政协") in facts(text)
    dated = "金融夜校进村\n白石农商银行2022年“金融夜校进万户”活动走进红星村，村民踊跃参加。\n"
    assert ("金融夜校进万户", "organizer", "白石农商银行") in facts(dated)
    # (one that takes part in another's: that one organizes; nor where one goes)
    joined = "巾帼建功\n青山县妇联参加了省妇联“巾帼建功”活动。\n"
    assert ("巾帼建功", "organizer", "省妇联") in facts(joined)
    assert ("巾帼建功", "participant", "青山县妇联") in facts(joined)
    assert ("巾帼建功", "organizer", "青山县妇联") not in facts(joined)
    gone = "博爱助学\n县红十字会工作人员走进青山中学“博爱助学”捐助活动现场。\n"
    assert ("博爱助学", "organizer", "青山中学") not in facts(gone)


def test_a_site_s_news_dated_before_its_mark_and_names_repeated_over_the_author_field():
    text = "白石镇表彰最美家庭\n青山风5月11日讯(通讯员 李小四)5月6日，白石镇召开“最美家庭”表彰会。\n"
    assert credits(text) == {("contributor", "李小四")}
    repeated = ("白石镇龙舟赛\n6月10日，白石镇举行龙舟赛，数千名群众观看。\n\n李小四、王五\n\n\n作者:李小四、王五\n\n"
                "编辑:zhaoliu\n\n青山网声明:本站刊登的文字和图片归青山网所有，如需引用请联系我们，"
                "并在显著位置写明出处，谢谢读者朋友们的理解和支持。\n")
    assert credits(repeated) == {("author", "李小四"), ("author", "王五")}
    assert headlines(repeated) == ["白石镇龙舟赛"]
