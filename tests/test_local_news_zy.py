"""Constructions of the sixty-seventh round's pages (flood control, the Spring Festival travel rush, entrance exams,
bird-loving week and wildlife, campus football, constitution week, summer cooling visits, lantern festivals), each on a
short text written for the test."""
import kg
from tests.conftest import credits, facts, names


def test_a_party_committee_s_one_post_is_a_post_in_its_body_too():
    text = ("白石县召开会议\n3月5日，青山市人民医院党委书记罗一平、青山市农业农村局党委委员何立新到白石县调研。"
            "青山市人民医院院长李四陪同。\n")
    found = facts(text)
    assert {("罗一平", "memberOf", "青山市人民医院党委"), ("罗一平", "memberOf", "青山市人民医院"),
            ("何立新", "memberOf", "青山市农业农村局")} <= found
    # (a post in the committee alone, not of the body: 组织委员; a town's committee, no body of its own)
    text = "白石县召开会议\n青山集团党委组织委员王小五、白石镇党委书记赵大六出席。青山集团董事长李四致辞。\n"
    found = facts(text)
    assert ("王小五", "memberOf", "青山集团") not in found
    text = "白石县召开会议\n青山公司第一党支部书记王小五出席。青山公司董事长李四致辞。\n"  # (a branch's, no body's post)
    assert ("王小五", "memberOf", "青山公司") not in facts(text)
    assert not any(s == "赵大六" and o == "白石镇" for s, p, o in found)


def test_the_author_s_field_glued_to_the_posting_time():
    text = ("白石县检查春运工作\n时间:2016-02-01 16:16作者:孙小明来源:白石县政府信息中心\n"
            "1月30日，副县长李四带队检查春运工作，详细了解了客流和安全措施落实情况。\n")
    assert ("author", "孙小明") in credits(text)
    text = ("白石县检查春运工作\n浏览次数：1234作者：孙小明\n"
            "1月30日，副县长李四带队检查春运工作，详细了解了客流和安全措施落实情况。\n")  # (a count's digits)
    assert ("author", "孙小明") in credits(text)


def test_those_who_attend_this_drill_take_part_in_the_article_s_one():
    text = ("白石县开展防汛应急救援演练\n7月2日，白石县在青河岸边举行防汛应急救援演练。"
            "演练分三个阶段进行。\n副县长李明，县水利局、应急管理局主要领导，县人武部、县公安局主管副职"
            "共计140余人参加本次演练。\n")
    found = facts(text)
    assert {("防汛应急救援演练", "participant", "县水利局"), ("防汛应急救援演练", "participant", "应急管理局")} <= found
    # (not where another is held between: 此次 is that one; the nearest of its kind named before; not who hosts it)
    text = ("白石县召开安全生产工作会议\n3月5日，白石县召开2024年安全生产工作会议。会前，县安委会召开第一次全体会议，"
            "县应急管理局、县住建局参加此次会议。\n")
    assert ("2024年安全生产工作会议", "participant", "县应急管理局") not in facts(text)
    text = ("白石县开展防汛演练\n7月2日，白石县举行防汛应急救援演练。6月，县消防大队组织了一次消防演练，"
            "县人民医院参加了此次演练。\n")
    assert ("防汛应急救援演练", "participant", "县人民医院") not in facts(text)
    text = ("白石县召开专题会议\n为贯彻落实全省安全生产工作会议精神，5月10日，白石县召开安全生产专题会议。"
            "县应急管理局、县住建局参加了本次会议。\n")
    found = facts(text)
    assert ("安全生产专题会议", "participant", "县应急管理局") in found
    assert ("全省安全生产工作会议", "participant", "县应急管理局") not in found
    text = ("白石县召开会议\n白石县召开全县防汛工作会议，传达学习了全市防汛工作会议精神。县应急管理局、县公安局"
            "参加了此次会议。\n")  # (a meeting whose spirit is relayed is held elsewhere)
    found = facts(text)
    assert ("全县防汛工作会议", "participant", "县公安局") in found
    assert ("全市防汛工作会议", "participant", "县公安局") not in found
    text = ("白石县举办运动会\n白石县体育局举办第五届全民健身运动会，白石县第一中学参加了本届运动会。"
            "白石县第二中学因故未参加本届运动会。白石县教育局动员全县中小学生积极参加本届运动会。\n")
    found = facts(text)  # (who holds it, who does not attend, who has others attend)
    assert ("第五届全民健身运动会", "participant", "白石县第一中学") in found
    assert not {("第五届全民健身运动会", "participant", x) for x in ("白石县体育局", "白石县第二中学", "白石县教育局")} & found
    text = ("白石县召开会议\n3月5日，白石县应急管理局召开专题会议传达全省安全生产工作会议要求。白石县公安局参加了"
            "本次会议。\n")  # (a meeting relayed is held elsewhere)
    assert ("全省安全生产工作会议", "participant", "白石县公安局") not in facts(text)
    text = ("白石县举办运动会\n4月20日，白石县第十届中小学生运动会开幕。经白石县教育局推荐，白石一中参加了本届运动会。"
            "据白石县体育局统计，共有30所学校参加了本届运动会。\n")  # (who recommends, who counts)
    found = facts(text)
    assert ("白石县第十届中小学生运动会", "participant", "白石一中") in found
    assert not {("白石县第十届中小学生运动会", "participant", x) for x in ("白石县教育局", "白石县体育局")} & found
    text = ("白石县举办博览会\n白石县举办第十届白石茶叶博览会，规模超过第九届白石茶叶博览会。白石茶业公司参加了"
            "本届博览会。\n")  # (two editions named before 本届: no telling which)
    assert not any(p == "participant" and o == "白石茶业公司" for s, p, o in facts(text))
    text = ("白石县举办技能大赛\n白石县举办第二届职工技能大赛。赛后，白石县总工会为参加本届技能大赛的获奖选手颁发证书。"
            "按照白石县人社局的统一部署，白石县商务局发动企业参加了本届技能大赛。\n")  # (of those after; who sends)
    found = facts(text)
    assert not {("第二届职工技能大赛", "participant", x) for x in ("白石县总工会", "白石县人社局", "白石县商务局")} & found
    text = ("白石县开展防汛演练\n7月2日，白石县举行防汛应急救援演练。由白石县应急管理局统一组织，白石县消防大队参加了"
            "此次演练。白石县水利局选派白石县抢险队参加了此次演练。按照白石县防汛抗旱指挥部的统一部署，白石县人民医院"
            "参加了此次演练。\n")  # (who organizes it, who sends others, whose plan it follows)
    found = facts(text)
    assert ("防汛应急救援演练", "participant", "白石县消防大队") in found
    assert not {("防汛应急救援演练", "participant", x) for x in ("白石县应急管理局", "白石县水利局", "白石县防汛抗旱指挥部")
                } & found
    text = "白石县举办培训\n白石县举办应急救护培训活动。白石县红十字会向参加此次活动的白石县人民医院表示感谢。\n"
    assert ("应急救护培训活动", "participant", "白石县红十字会") not in facts(text)  # (who is thanked is after)
    text = ("白石县开展防汛演练\n7月2日，白石县举行防汛应急救援演练。本次演练由县应急管理局主办，县消防大队、"
            "县人民医院参加了本次演练。\n")
    found = facts(text)
    assert ("防汛应急救援演练", "participant", "县人民医院") in found
    assert ("防汛应急救援演练", "participant", "县应急管理局") not in found
    # (a source's count before the verb)
    text = ("白石县举办招聘会\n2月20日，白石县春风行动招聘会在县体育馆举行。据统计，县人民医院、白石中学等86家"
            "用人单位参加了本次招聘会。\n")
    assert ("白石县春风行动招聘会", "participant", "县人民医院") in facts(text)


def test_an_activity_held_for_a_named_day_week_or_month():
    text = "白石县开展宣传活动\n3月3日，白石县林业局开展世界野生动植物日宣传活动，向群众发放宣传资料。\n"
    assert "世界野生动植物日宣传活动" in names(text, "Initiative")
    text = "白石县开展宣传活动\n12月4日，白石县司法局开展国家宪法日集中宣传活动。\n"
    assert "国家宪法日集中宣传活动" in names(text, "Initiative")
    text = "白石县开展宣传活动\n4月2日，白石县林业站开展爱鸟周宣传活动，县税务局开展税收宣传月活动。\n"
    assert {"爱鸟周宣传活动", "税收宣传月活动"} <= names(text, "Initiative")
    # (a kind of day, no name: what is done on it, 集中宣传日; 主题党日; a time or a place opening it)
    text = ("白石县开展活动\n白石县林业局开展集中宣传日活动，各支部开展主题党日活动，县林业站开展今年爱鸟周宣传活动，"
            "县检察院开展开放日活动。\n")
    assert not names(text, "Initiative")
    text = "白石县开展活动\n4月2日，澧县林业站开展梦溪镇爱鸟周宣传活动，澧县司法局开展今年全国生态日宣传活动。\n"
    assert "梦溪镇" in names(text, "Place") and not names(text, "Initiative")
    text = "白石县开展活动\n6月1日，白石县公安局开展大型禁毒宣传月活动。\n"  # (what describes it first)
    assert not names(text, "Initiative")
    text = "白石县开展活动\n白石县人民法院开展院长接待日活动。\n"  # (who is there: their routine's day)
    assert not names(text, "Initiative")
    text = "白石县开展活动\n6月1日，白石县开展全县禁毒宣传月活动。\n"  # (the scope it is carried out in)
    assert "禁毒宣传月活动" in names(text, "Initiative")
    # (held at a school by the office before it, a theme between too)
    text = "白石县开展禁毒宣传\n6月1日，青山区禁毒办在青山小学开展禁毒宣传月活动。\n"
    found = facts(text)
    assert ("禁毒宣传月活动", "organizer", "青山区禁毒办") in found and ("禁毒宣传月活动", "location", "青山小学") in found
    text = "白石县举办运动会\n5月6日，青山区教育局在青山中学举办主题为“青春飞扬”的第十届运动会。\n"
    assert ("第十届运动会", "organizer", "青山区教育局") in facts(text)
    text = "白石县评选\n日前，在白石县总工会开展的“最美职工”评选活动中，白石电力公司王五获评。\n"  # (开展的: its act)
    assert ("最美职工", "location", "白石县总工会") not in facts(text)
    text = "白石县开展活动\n5月12日，白石县开展全国防灾减灾日宣传活动。\n"  # (the day's reach opens it)
    assert "全国防灾减灾日宣传活动" in names(text, "Initiative")


def test_a_theme_given_as_主题为_is_no_part_of_the_event_s_name():
    text = "白石村欢度春节\n2月9日，白石村举办了主题为“欢乐祥和迎新春”的春节联欢晚会，村民们自编自演。\n"
    assert "春节联欢晚会" in names(text, "Initiative")
    assert not any("主题为" in n for n in names(text, "Initiative"))
    text = "白石村欢度春节\n2月9日，白石村举办了以“欢乐祥和迎新春”为主题的元宵晚会。\n"  # (a festival names it)
    assert ("元宵晚会", "location", "白石村") in facts(text)  # (the village that holds it, the theme between)
    # (before its kind alone the theme still names it, 主题为 as 以…为主题的)
    text = "白石中学举行演讲比赛\n5月4日，白石中学举行主题为“青春向党”的演讲比赛。\n"
    assert "主题为“青春向党”的演讲比赛" in names(text, "Initiative")
    text = "白石中学举行毕业典礼\n6月4日，白石中学举行主题为“青春无悔”的初三毕业典礼。\n"  # (a grade: no festival)
    assert "主题为“青春无悔”的初三毕业典礼" in names(text, "Initiative")


def test_a_quoted_date_names_its_day_s_activity_in_full():
    text = "白石街道开展宪法宣传\n12月2日，白石街道在青山老街举行“12·4”国家宪法宣传周活动。\n"
    found = names(text, "Initiative")
    assert "“12·4”国家宪法宣传周活动" in found and "12·4" not in found
    text = "白石县启动改革\n县政府启动“2.0”版营商环境改革行动。\n"  # (a version, no date)
    assert not any(n.startswith("“2.0”") for n in names(text, "Initiative"))
    text = "白石县开展科普活动\n9月15日，白石县科协开展“全国科普日”系列活动活动周。\n"  # (活动 after 活动: no more of it)
    assert not any(n.endswith("活动活动") for n in names(text, "Initiative"))
    text = "白石县开展环境日宣传\n6月5日，白石县生态环境局开展“世界环境日”宣传周活动。\n"  # (the week's activity)
    assert "“世界环境日”宣传周活动" in names(text, "Initiative")
