"""Who takes part in the event a report is about when a later sentence names the people but not the event: the
eleventh round (docs/extraction.md). Each test is a short text written for it.
"""
from __future__ import annotations

import kg


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in kg.build(text).named_facts()}


def participants(text: str, event: str) -> set[str]:
    return {o for s, p, o in facts(text) if s == event and p == "participant"}


def test_a_list_of_those_who_attend_goes_on_over_semicolons_to_the_verb_that_closes_it():
    text = ("5月6日，青山学院校友会成立大会在红河市召开。青山学院原校长王大明，现任党委书记李小红、副校长赵国强；"
            "红河市政府驻青山办领导；红河商会会长钱志军等200余人参加了此次会议。")
    assert {"王大明", "李小红", "赵国强", "钱志军"} <= participants(text, "青山学院校友会成立大会")
    # a sentence before the ； with a verb of its own is no part of the list
    text = "5月6日，青山学院校友会成立大会在红河市召开。王大明因病缺席；李小红参加了此次会议。"
    assert participants(text, "青山学院校友会成立大会") == {"李小红"}


def test_people_who_attend_speak_or_congratulate_at_the_articles_one_event():
    text = ("11月5日，青山新书推介会在南京举行。省人大常委会副主任王大明到会讲话。省委宣传部副部长李小红，"
            "省教育厅厅长赵国强到会祝贺。红河商会副会长孙志军受邀致辞。县长钱志军讲话。集团副总经理周建国参加。")
    assert participants(text, "青山新书推介会") == {"王大明", "李小红", "赵国强", "孙志军", "钱志军", "周建国"}


def test_an_event_named_short_and_long_is_still_the_articles_one_event():
    text = ("红色传记《青山往事》宣传推介会在南京举行。新书推介会由省作家协会主办。推介会上，作家王大明致辞。"
            "《青山往事》宣传推介会吸引了百余名读者。")
    assert "王大明" in participants(text, "红色传记《青山往事》宣传推介会")


def test_an_event_named_only_later_takes_no_one_who_attends_before_it():
    text = "李强来到青山大学调研。市领导王大明、赵国强参加。李强参观了“青山百年”校史展。"
    found = facts(text)
    assert not {o for s, p, o in found if p == "participant" and o in ("王大明", "赵国强")}
    # named before, the same sentence is the event's
    found = facts("“青山百年”校史展在青山大学开幕。市领导王大明、赵国强参加。")
    assert {o for s, p, o in found if p == "participant"} >= {"王大明", "赵国强"}


def test_a_speech_about_a_person_is_no_part_in_the_event():
    text = "青山论坛在北京开幕。与会者认为，王大明同志的重要讲话，内涵丰富。县长赵国强讲话。"
    assert participants(text, "青山论坛") == {"赵国强"}


def test_who_did_not_come_or_spoke_at_another_time_or_occasion_takes_no_part():
    for later in ("王大明因病未到会。", "会议传达了县长王大明讲话。", "上周五的县政府常务会上，县长王大明讲话。",
                  "此前，县长王大明多次主持。"):
        assert participants("5月6日，青山论坛在红河市开幕。县长赵国强讲话。" + later, "青山论坛") == {"赵国强"}


def test_a_sentence_of_its_own_before_a_semicolon_is_no_item_of_the_list():
    text = "5月6日，青山论坛在红河市开幕。组委会已将邀请函寄给王大明；因故未能到场的有李小红；孙志军等参加了开幕式。"
    assert participants(text, "青山论坛") == {"孙志军"}


def test_a_prize_of_another_contest_or_another_time_is_no_place_in_this_one():
    event = "青山学院主题演讲比赛"
    for later in ("据了解，王小明去年曾荣获全国数学竞赛一等奖。", "比赛评委、学院教授王大明曾获国家科技进步二等奖。",
                  "此外，在同期举行的书法比赛中，王大明获得冠军。"):
        assert participants(f"4月20日，{event}在报告厅举行。李小红荣获第一名。" + later, event) == {"李小红"}


def test_a_body_named_like_the_event_invites_no_one_to_it():
    text = "11月8日，青山市医学会第二届外科学术年会在青山召开。医学会还邀请王大明担任名誉会长。"
    assert "王大明" not in participants(text, "青山市医学会第二届外科学术年会")


def test_who_declares_an_event_open_takes_part_in_it_not_in_a_project():
    assert "王大明" in participants("10月8日，市委书记王大明宣布青山市第五届运动会开幕。", "青山市第五届运动会")
    g = kg.build("10月8日，市委书记王大明宣布青山新区重点项目开工。")
    assert "青山新区重点项目" in {e.name for e in g.entities.values() if e.type == "Initiative"}  # (the project is read)
    assert not participants("10月8日，市委书记王大明宣布青山新区重点项目开工。", "青山新区重点项目")


def test_who_wins_a_place_takes_part_in_the_contest():
    text = ("4月20日，青山学院“诚信校园”主题演讲比赛在学术报告厅举行。经过激烈角逐，来自软件1801班的王小明荣获第一名，"
            "李小红、赵国强并列第二名。")
    assert {"王小明", "李小红", "赵国强"} <= participants(text, "青山学院“诚信校园”主题演讲比赛")


def test_the_event_invites_by_a_part_of_its_name():
    text = ("11月8日，青山市医学会第二届外科学术年会在青山召开。学术年会特邀请了红河医院外科主任王大明教授、"
            "青山医院副院长李小红教授作专题讲座。")
    assert {"王大明", "李小红"} <= participants(text, "青山市医学会第二届外科学术年会")


def test_who_attends_in_a_capacity_takes_part():
    text = "4月20日，青山学院主题演讲比赛在报告厅举行。学院王大明老师、李小红老师作为评委出席了本次比赛。"
    assert {"王大明", "李小红"} <= participants(text, "青山学院主题演讲比赛")


def test_a_championship_its_venue_after_an_adverb_and_its_hosts_named_as_the_event():
    found = facts("7月17日，2019年全国青山散打冠军赛在红河市体育馆顺利开幕。该赛事由红河市体育局、青山武术协会主办。")
    assert ("2019年全国青山散打冠军赛", "location", "红河市体育馆") in found
    assert {("2019年全国青山散打冠军赛", "organizer", o) for o in ("红河市体育局", "青山武术协会")} <= found


def test_the_events_own_occasions_and_modifiers_of_the_people_keep_them_in():
    for later in ("在开幕式上，县长赵国强致辞。", "本次论坛上，县长赵国强致辞。", "已退休的老县长赵国强出席。"):
        assert participants("5月6日，青山论坛在红河市开幕。" + later, "青山论坛") == {"赵国强"}
    assert participants("5月6日，青山论坛在红河市开幕。王大明、李小红等相关部门负责人出席。", "青山论坛") == {"王大明", "李小红"}


def test_a_win_in_this_contest_by_a_surname_that_is_also_a_time_word():
    event = "青山学院主题演讲比赛"
    text = f"4月20日，{event}在报告厅举行。曾小红在本次比赛中荣获第一名，李小红荣获高中组一等奖。"
    assert participants(text, event) == {"曾小红", "李小红"}


def test_a_meeting_whose_line_is_studied_has_no_participants_later_in_the_sentence():
    found = facts("王五强调，要深入学习贯彻十九届五中全会精神，为青山集团建设世界一流企业贡献力量。")
    assert not any(p == "participant" and o == "青山集团" for _, p, o in found)


def test_an_event_named_as_what_someone_attends_is_an_initiative():
    names = {e.name for e in kg.build("4月2日，我校受邀参加红星市青山区产学研对接大会，副院长王五出席。").entities.values()
             if e.type == "Initiative"}
    assert names == {"红星市青山区产学研对接大会"}
    # a description, not a name: what it holds after 的, a count, two events joined
    for text in ("选手们参加了3个组别的比赛。", "王五参加了青山区产学研对接大会和红星区人才对接大会。",
                 "王五参加了青山区的产学研对接大会。"):
        assert not any(e.type == "Initiative" for e in kg.build(text).entities.values()), text


def test_those_who_go_along_to_the_articles_congress_take_part_in_it():
    g = kg.build("11月29日，青山区产学研对接大会在青山区举行。设计学院院长王五、人文与传播学院副院长李四和青山公司经理赵六随同参会。")
    people = {o for s, p, o, _ in g.named_facts() if s == "青山区产学研对接大会" and p == "participant"}
    assert {"王五", "李四", "赵六"} <= people


def test_a_meeting_convened_under_any_head_of_its_kind_and_a_ball_game_that_opens():
    def events(text: str) -> set[str]:
        return {e.name for e in kg.build(text).entities.values() if e.type == "Initiative"}

    assert events("4月3日，青山县在县政府三楼会议室召开春季农业生产工作调度会。") == {"春季农业生产工作调度会"}
    # too short to be a name: no event
    assert events("青山市书法协会召开第五届理事会。县政府召开专题会。") == set()
    assert events("4月2日，青山市职工篮球赛在市体育馆开赛。") == {"青山市职工篮球赛"}
    # the curtain raised on it (拉开帷幕, 拉开序幕) holds it as 开幕 does
    assert events("6月5日，青山县第二届农民运动会在县体育场正式拉开帷幕。") == {"青山县第二届农民运动会"}
    assert events("近日，青山镇首届龙舟邀请赛在青山湖拉开序幕。") == {"青山镇首届龙舟邀请赛"}
    assert events("近日，青山镇第二届龙舟邀请赛在青山湖拉开了大幕。") == {"青山镇第二届龙舟邀请赛"}
    assert events("9月1日，青山县第五届茶文化节在红星古镇启幕。") == {"青山县第五届茶文化节"}
    # what its hosts, listed, hold is no part of its name
    text = "4月23日，由青山市图书馆、青山市作家协会联合举办的青山市第三届读书分享会在市图书馆举行。"
    assert events(text) == {"青山市第三届读书分享会"}
    # a person and a verb inside a book's title are no one acting: the title stays in the name
    assert events("《王大明谈读书》出版座谈会17日在青山召开。") == {"《王大明谈读书》出版座谈会"}


def test_an_attended_events_name_may_hold_和_inside_a_word_and_a_convened_ones_head_is_its_own():
    names = {e.name for e in kg.build("4月2日，王五出席青山市和平区产学研对接大会。").entities.values() if e.type == "Initiative"}
    assert names == {"青山市和平区产学研对接大会"}


def test_people_who_speak_at_the_articles_one_event_take_part_in_it():
    # 作了发言 (and 交流发言, 表态发言) ends the clause as 作了讲话 does; names listed with their units before it
    g = kg.build("5月8日，青山职教中心召开2023年职业技能竞赛总结大会。副校长张大明出席了大会。"
                 "获奖学生代表和教师代表机电部王五、信息系赵六分别做了交流发言。")
    facts = {t[:3] for t in g.named_facts()}
    assert {("2023年职业技能竞赛总结大会", "participant", p) for p in ("张大明", "王五", "赵六")} <= facts
