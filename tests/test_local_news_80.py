"""Constructions of the eightieth round's pages (titles chained before a name, training classes, meetings held by
video, a headline over two lines, a festival's activities, a chairman called by his surname, a venue in a headline,
a province's character), each on a short text written for the test."""
from tests.conftest import facts, headlines, names


def test_those_listed_after_the_event_with_chained_titles_attend_it():
    text = ("青山县运动会开幕\n7月17日，青山县运动会在县体育馆开幕。出席开幕式的领导还有县委常委、宣传部长罗小勇、"
            "县体育局局长王小五以及各乡镇的领导。\n")
    assert {("青山县运动会", "participant", "罗小勇"), ("青山县运动会", "participant", "王小五")} <= facts(text)


def test_who_presides_over_an_events_opening_takes_part_in_the_event():
    text = ("青山县2015年干部培训班开班\n9月14日下午，青山县2015年干部培训班在县委党校开班。学员们还将参加青山县干部座谈会。"
            "开班仪式由县政协主席张小莲同志主持。\n")  # (a training class is an event; its opening)
    assert ("青山县2015年干部培训班", "participant", "张小莲") in facts(text)
    forum = ("青山金融论坛举行\n4月15日，第二届青山金融论坛在青山大学举行。论坛期间还召开了青山金融闭门研讨会。"
             "论坛开幕式由论坛执行主席范小云教授主持。\n")
    assert ("第二届青山金融论坛", "participant", "范小云") in facts(forum)
    fair = ("白石区读书节开幕\n白石区第八届全民读书节23日开幕。下午，区第二届青年论坛在区图书馆举行。"
            "论坛开幕式由团区委书记郑小洁主持。\n")  # (the forum's, another event: not the festival's)
    assert ("白石区读书节", "participant", "郑小洁") not in facts(fair)


def test_a_meeting_held_by_video_is_named():
    text = "协作座谈会召开\n11月25日下午，2021年青山—白石东西部协作座谈会以视频方式召开。\n"
    assert "2021年青山—白石东西部协作座谈会" in names(text, "Initiative")


def test_a_headline_whose_verb_holds_the_event_on_the_next_line_is_one():
    text = "白石一中举行\n“爱心助学温暖同行”主题捐款仪式\n\n5月8日下午，白石一中组织全校师生为贫困学生捐款。\n"
    assert headlines(text) == ["白石一中举行 “爱心助学温暖同行”主题捐款仪式"]
    dashed = "白石县举行\n——全县两千余名干部群众参加升旗活动\n\n10月1日，白石县在人民广场举行升国旗仪式。\n"
    assert headlines(dashed) == ["白石县举行"]  # (a subtitle under it)


def test_a_festivals_activities_after_its_quoted_date_are_no_campaign():
    text = "工会看望职工子女\n6月1日，公司工会看望了正在参加“六一”儿童节活动的职工子女，为他们送去“六一”儿童节的关爱。\n"
    assert not names(text, "Initiative")


def test_a_chairman_called_by_his_surname_is_the_one_the_text_names_not_the_writer():
    text = ("公司工会看望职工\n公司工会主席张小喜带队看望生病职工。张主席仔细询问了病情。\n"
            "（文：张大芳 摄影：李小南）\n")
    assert "张" not in names(text, "Person")  # (张主席: 张小喜, not the writer 张大芳)


def test_the_place_a_headline_holds_an_event_in_is_its_location():
    text = "青山县运动会在白石镇举行\n\n5月8日，运动会开幕，县长王小五出席。\n"
    assert ("青山县运动会", "location", "白石镇") in facts(text)


def test_a_provinces_character_is_the_province_not_a_district_that_holds_it():
    text = "全国散打冠军赛在渝开幕\n7月17日，全国散打冠军赛在重庆市渝北区体育馆开幕。\n"
    located = {o for s, p, o in facts(text) if s == "全国散打冠军赛" and p == "location"}
    assert "渝北区" not in located and "重庆市" in located


def test_the_body_people_take_part_at_is_where_not_who():
    text = ("青山县开展爱心捐款活动\n9日上午，王小杰、李小明等县领导在县政务服务中心一同参加了“慈善一日捐”爱心捐款活动。\n")
    found = facts(text)
    assert ("慈善一日捐", "location", "县政务服务中心") in found and ("慈善一日捐", "participant", "王小杰") in found
    assert ("慈善一日捐", "participant", "县政务服务中心") not in found
    held = ("会议召开\n基于这一认识，在省水利厅、物价局１９９７年１１月联合召开的全省整顿水价再动员会议上，"
            "省水利厅厅长王小强要求各地整改。\n")  # (a host, no venue)
    assert ("全省整顿水价再动员会议", "location", "省水利厅") not in facts(held)
