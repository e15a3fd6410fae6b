"""Constructions of the sixtieth round's fresh pages (drug regulation, earthquake bureaus, animal husbandry, traffic
police, civil affairs, rural banks, health campaigns, new energy), each on a short text written for the test."""
import kg

from tests.conftest import credits, facts, names


def test_a_minister_of_a_chain_holds_the_title_without_the_ministry_s_name():
    g = kg.build("中共中央政治局委员、外交部部长王毅出席会议。")
    roles = {(g.entities[f.subject].name, f.role, g.entities[f.object].name) for f in g.facts}
    assert ("王毅", "部长", "外交部") in roles
    assert ("王毅", "外交部部长", "外交部") not in roles


def test_a_head_of_department_written_short_holds_the_head_s_title():
    g = kg.build("白石县委常委、组织部长周晓东出席会议。")
    roles = {(g.entities[f.subject].name, f.role, g.entities[f.object].name) for f in g.facts}
    assert ("周晓东", "部长", "组织部") in roles
    assert ("周晓东", "组织部长", "组织部") not in roles


def test_a_name_given_after_a_title_is_a_person_wherever_else_it_reads_as_a_mountain():
    text = ("省督导组来我市 检查药品工作——金凤山带队 李明陪同\n\n"
            "本报讯 6日，省药监局党组书记、局长金凤山带队来我市，督导检查药品工作。市长李明陪同。"
            "随后，金凤山主持召开座谈会。金凤山听取汇报后指出，要压实责任。")
    assert "金凤山" in names(text, "Person")
    assert "金凤山" not in names(text, "Place")


def test_who_presents_the_flag_at_a_ceremony_takes_part_in_it_whatever_its_name():
    text = ("近日，白石区“金融服务队”出征仪式在白石农商银行举行。仪式上，区委常委、组织部部长张远航与白石农商银行董事长刘青松"
            "一同为金融助理授旗并颁发证书。")
    found = facts(text)
    assert ("白石区“金融服务队”出征仪式", "participant", "张远航") in found
    assert ("白石区“金融服务队”出征仪式", "participant", "刘青松") in found


def test_bodies_listed_with_groups_of_people_counted_before_the_verb_take_part():
    text = ("3月8日，白石县农业农村局召开全县春季动物防疫工作会。各镇兽医站负责人、县动物疫病防控中心、"
            "县兽医服务中心、部分养殖户等40人参加此次会议。")
    found = facts(text)
    assert ("全县春季动物防疫工作会", "participant", "县动物疫病防控中心") in found
    assert ("全县春季动物防疫工作会", "participant", "县兽医服务中心") in found


def test_a_list_with_a_verb_among_its_groups_is_no_list_of_those_who_attend():
    text = ("3月8日，白石县农业农村局召开全县春季动物防疫工作会。县动物疫病防控中心、县兽医服务中心、"
            "部分养殖户介绍经验等40人参加此次会议。")
    found = facts(text)
    assert ("全县春季动物防疫工作会", "participant", "县兽医服务中心") not in found


def test_police_brigades_squadrons_and_detachments_are_bodies():
    found = names("白石县公安局交通警察大队枫林中队、特勤中队民警在城区开展夜查。", "Organization")
    assert {"白石县公安局交通警察大队", "白石县公安局交通警察大队枫林中队", "特勤中队"} <= found
    assert "县农业综合执法大队" in names("县农业综合执法大队负责人作了安排。", "Organization")


def test_a_township_s_complete_primary_school_is_a_body():
    assert "河坝镇中心完小" in names("河坝镇中心完小开展交通安全教育活动。", "Organization")


def test_an_intern_s_mark_among_the_names_after_a_dateline_is_no_name():
    found = credits("青山农业网福州9月23日讯( 王明 实习 李丽华 陈红) 近日，青山区举行助农活动。")
    assert found == {("author", "王明"), ("author", "李丽华"), ("author", "陈红")}


def test_a_campaign_named_for_its_month_is_named_where_the_page_gives_it_twice():
    text = "白石县开展爱国卫生月主题活动\n\n本报讯 近日，白石县开展爱国卫生月主题活动，清理卫生死角。"
    assert "爱国卫生月主题活动" in names(text, "Initiative")


def test_a_quoted_theme_before_a_verb_that_carries_out_an_activity_names_none():
    text = "各区县围绕今年“防灾减灾日”主题——“人人讲安全、个个会应急”开展主题宣传活动。"
    assert "人人讲安全、个个会应急" not in names(text, "Initiative")
    assert "送文化下乡" in names("青山镇组织“送文化下乡”活动。", "Initiative")


def test_the_second_of_two_events_joined_by_ji_after_the_first_s_head_opens_with_its_edition():
    found = names("白石局组织职工观看全省安全宣讲活动暨第二届“平安城市”研讨会直播。", "Initiative")
    assert "第二届“平安城市”研讨会" in found
    assert not any(n.startswith("暨") for n in found)


def test_a_brigade_s_head_fused_with_its_name_holds_the_brigade_s_title():
    g = kg.build("白石县公安局党委委员、交警大队长李强带队检查。")
    roles = {(g.entities[f.subject].name, f.role, g.entities[f.object].name) for f in g.facts}
    assert ("李强", "大队长", "交警大队") in roles
    assert ("李强", "队长", "交警大队") not in roles


def test_a_detachment_s_head_is_no_member_of_a_brigade_named_before():
    found = facts("县公安局副局长张三、治安大队大队长李四、支队长王五参加。")
    assert ("李四", "memberOf", "治安大队") in found
    assert ("王五", "memberOf", "治安大队") not in found
    found = facts("县人大常委会副主任张三、人代工委主任李四、大队书记王五参加。")
    assert ("王五", "memberOf", "县人大常委会") not in found


def test_an_act_at_a_ceremony_told_of_another_time_makes_no_participant():
    opening = "近日，白石区“金融服务队”出征仪式在白石农商银行举行。"
    for text in ("仪式上，主持人介绍，去年3月，市委书记王明曾为服务队授旗。",
                 "仪式上，据介绍，该项目合作协议由青山集团董事长王五于去年签订。",
                 "仪式上，市委书记王明曾于去年为服务队授旗。",
                 "仪式上，市委书记王明曾多次为服务队授旗。",
                 "仪式上，县委副书记张三代表因公未能出席的市委书记王明为服务队授旗。"):
        assert not any(p == "participant" and o in ("王明", "王五") for _, p, o in facts(opening + text))
    found = facts("近日，白石县青山中学新校区启用仪式举行。仪式上，县委书记王明回顾了2019年省长李强为学校奠基。")
    assert not any(p == "participant" and o == "李强" for _, p, o in found)


def test_a_county_s_cemetery_is_one_place_and_a_community_after_its_town_is_found():
    assert "平安县烈士陵园" in names("调研组首先来到平安县烈士陵园，敬献花篮。", "Place")
    assert {"城关镇", "月池塘社区"} <= names("随后来到城关镇月池塘社区，看望低保户。", "Place")


def test_datelines_of_a_site_s_channel_an_app_s_report_and_a_media_centre_give_their_bylines():
    assert credits("中国青山网-感知青山5月24日讯 (记者 王明明) 5月24日，青山市召开新闻发布会。") == {("author", "王明明")}
    assert credits("云上白石报道(记者 王甜甜)10月28日，市卫生健康局组织义诊活动。") == {("author", "王甜甜")}
    assert credits("白石县融媒体中心(记者 王玉 通讯员 李家锋)1月15日，白石林场举办活动。") == {
        ("author", "王玉"), ("contributor", "李家锋")}


def test_a_body_s_reporters_named_apart_before_reported_are_its_authors():
    text = "本网省局消息 报道员 王飒 李潇 报道 10月30日，白石县政府办副主任一行深入调研。"
    assert credits(text) == {("author", "王飒"), ("author", "李潇")}


def test_a_surname_and_a_county_head_s_title_is_no_place():
    assert "黄县长" not in names("采摘游活动正式启动[同期声:黄县长宣布活动正式启动]。", "Place")


def test_forest_farms_are_bodies():
    assert "白石县青松林场" in names("白石县青松林场护林员王五一早就巡山。", "Organization")
    assert not names("本次考试分场进行。", "Organization")


def test_a_township_the_walk_to_a_square_stopped_inside_opens_the_square_s_name():
    found = names("放映员来到半塔镇青松村支部广场，挂起银幕。", "Place")
    assert "半塔镇青松村支部广场" in found and "塔镇" not in found


def test_workstations_and_justice_offices_are_bodies():
    assert "青店乡科技特派员工作站" in names("青店乡科技特派员工作站以蔬菜专业合作社为依托。", "Organization")
    assert "乡司法所" in names("在乡司法所，调解员帮两家人达成了和解。", "Organization")


def test_a_reporter_and_a_correspondent_listed_with_a_pause_before_reported_are_the_credit():
    text = "小山村的电影院\n\n记者王东流、通讯员李兴华报道:8月1日晚，在白石县高城镇前进村的打谷场上，农民老刘看电影。"
    assert credits(text) == {("author", "王东流"), ("contributor", "李兴华")}


def test_a_media_centre_before_brackets_that_hold_no_names_is_no_dateline():
    assert not credits("白石县融媒体中心（记者之家）今日正式揭牌成立。")
    assert not credits("白石县融媒体中心（记者站）今日正式揭牌成立。")
    assert credits("白石县融媒体中心（记者 张三 报道）3月1日，白石县召开春耕会议。") == {("author", "张三")}
    assert credits("白石县融媒体中心（记者 高峰 通讯员 文明）3月1日，白石县召开春耕会议。") == {
        ("author", "高峰"), ("contributor", "文明")}
    assert "白石县融媒体中心" in names("白石县融媒体中心（记者之家）今日正式揭牌成立。", "Organization")
    assert credits("本网讯 新闻报道员 王飒 李潇 报道 10月30日，白石县政府办副主任一行深入调研。") == {
        ("author", "王飒"), ("author", "李潇")}


def test_a_quotation_before_a_body_s_word_organization_still_names_its_project():
    assert "先锋领航" in names("白石县实施“先锋领航”组织提升工程。", "Initiative")


def test_who_presents_the_flag_described_by_a_clause_before_the_name_takes_part():
    opening = "近日，白石区“金融服务队”出征仪式在白石农商银行举行。"
    for text in ("仪式上，出席仪式的市领导王明为服务队授旗。", "仪式上，区长王明共同为“将军林”服务队授旗。"):
        assert ("白石区“金融服务队”出征仪式", "participant", "王明") in facts(opening + text)


def test_a_province_s_bodies_sit_in_the_province_that_holds_the_county_the_article_is_about():
    text = ("岳西县第三届茶叶节开幕\n\n本报讯 4月10日，安徽省岳西县第三届茶叶节开幕。省政府副秘书长王明、江苏省茶叶协会会长李强、"
            "北京茶业公司总经理赵六出席。上海、北京的茶商来到岳西县，岳西县与上海茶商签约。岳西县茶农说，岳西县的茶好。")
    assert ("省政府", "location", "安徽省") in facts(text)


def test_the_province_of_a_county_named_once_or_shared_by_two_cities_is_no_seat():
    text = ("3月5日，白云区召开东西部协作工作推进会。会议传达了贵州省、贵阳市有关会议精神，听取了广东省广州市对口帮扶"
            "工作组的汇报。白云区委书记王强指出，白云区要深化协作。省委、市委有关负责同志出席会议。")
    found = facts(text)
    assert ("省委", "location", "广东省") not in found and ("市委", "location", "广州市") not in found


def test_a_body_that_has_another_hold_an_activity_organizes_it_too():
    found = facts("10月28日，市卫生健康局组织青岭卫生院在青岭镇马桥村举行“名医进乡村”义诊活动。")
    assert ("名医进乡村", "organizer", "市卫生健康局") in found
    assert ("名医进乡村", "organizer", "青岭卫生院") in found


def test_organization_inside_a_department_s_name_or_before_an_event_described_joins_no_organizer():
    found = facts("青山集团组织人事部举办“新员工入职”培训班。")
    assert ("新员工入职", "organizer", "青山集团") not in found
    found = facts("市教育局组织青山中学在青山大学举办的“科技创新”大赛中获得一等奖。")
    assert ("科技创新", "organizer", "市教育局") not in found


def test_the_government_of_every_township_is_no_body():
    assert not names("各乡镇人民政府要落实属地责任。", "Organization")
    assert not names("金融助理要对接好乡镇(街道)党委、政府。", "Organization")
    assert "县乡镇企业局" in names("县乡镇企业局召开会议。", "Organization")
