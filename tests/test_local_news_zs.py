"""Constructions of the sixty-first round's fresh pages (market regulation, ecology bureaus, natural resources, trade
unions, discipline inspection, grain reserves, veteran cadres, old communities' renewal), each on a short text written
for the test."""
import kg

from tests.conftest import credits, facts, names


def test_the_activity_of_a_day_observed_each_year_is_named_in_full_with_the_day_s_count():
    text = "6月5日，白石县生态环境局在人民广场举办第54个“世界环境日”主题宣传活动。"
    assert "第54个“世界环境日”主题宣传活动" in names(text, "Initiative")
    assert "世界环境日" not in names(text, "Initiative")
    assert ("第54个“世界环境日”主题宣传活动", "organizer", "白石县生态环境局") in facts(text)


def test_a_quoted_campaign_before_its_kind_keeps_its_bare_name():
    assert "青山护河" in names("白石县水利局开展“青山护河”活动。", "Initiative")


def test_a_role_then_its_names_in_brackets_opens_the_body_as_its_credit():
    text = ("县水利局:开展河道清理活动\n发布时间:2024-03-08 信息来源:县水利局 作者:县水利局\n分享到:\n\n"
            "通讯员(刘春华 张明)3月6日,县水利局到青石乡开展河道清理活动,引导群众爱护河道。")
    assert {("contributor", "刘春华"), ("contributor", "张明")} <= credits(text)


def test_a_numeral_and_a_counter_inside_a_place_s_name_count_nothing():
    g = kg.build("13日，七台河市举办技能竞赛，共有26家企业参赛。五台山景区新添3台游览车。")
    counted = [v.text for _, v in g.values if v.type == "Quantity"]
    assert counted == ["26家", "3台"]


def test_a_verb_or_a_time_after_a_quoted_day_leaves_the_day_its_bare_name():
    assert "全国科普日" in names("9月16日，全市“全国科普日”期间开展科普讲座活动。", "Initiative")
    assert "集体生日" in names("县民政局为20名留守儿童举办“集体生日”活动。", "Initiative")


def test_a_role_before_names_in_brackets_that_open_the_sentence_s_subject_is_no_credit():
    text = "县里新建水库\n\n记者(张华 王芳)从县水利局获悉，今年全县将新建水库3座。"
    assert credits(text) == set()


def test_a_street_named_as_a_township_holds_no_township():
    text = "3月30日，滨城区六大安置区建设开工仪式在北镇街道举行。"
    assert "北镇街道" in names(text, "Place")
    assert "北镇市" not in names(text, "Place")


def test_a_township_listed_beside_one_of_its_county_s_is_a_place():
    text = "乐陵市胡家街道、市中街道、云红街道负责人参加会议。"
    assert {"胡家街道", "市中街道", "云红街道"} <= names(text, "Place")
    assert ("市中街道", "containedInPlace", "乐陵市") in facts(text)


def test_a_zone_named_by_its_kind_after_a_place_is_one_place():
    text = "平江县开展督察\n本报讯 督察组对伍市工业园区、县城污水处理厂进行现场查看。"
    assert "伍市工业园区" in names(text, "Place")
    assert "工业园区" not in names(text, "Place")


def test_a_theme_of_the_year_before_an_event_s_own_name_is_no_part_of_it():
    text = "3月12日，县市场监管局在二楼组织召开以“共治共享、放心消费”为年主题的“3·15”消费维权新闻发布会。"
    assert "“3·15”消费维权新闻发布会" in names(text, "Initiative")
    assert not [n for n in names(text, "Initiative") if n.startswith("以")]


def test_the_discipline_commission_and_the_supervisory_commission_are_one_body():
    text = "白石区纪委监委开展家访活动。区纪委监委第三纪检监察室主任王小明参加。"
    assert "区纪委" not in names(text, "Organization")
    assert ("区纪委监委第三纪检监察室", "parentOrganization", "白石区纪委监委") in facts(text)


def test_a_county_s_name_after_a_county_that_does_not_hold_it_is_the_body_s_own():
    text = "永丰县开展护林工作\n本报讯 近日，永丰县古县林场护林员李长青一早就上山巡护。"
    assert "古县" not in names(text, "Place")


def test_a_zone_s_kind_alone_in_a_body_s_name_is_a_place_only_where_the_text_names_such_a_zone():
    assert "高新区" not in names("副县长李明及高新区管委会负责人陪同检查。", "Place")
    assert ("高新区管委会", "location", "青山高新区") in facts("青山高新区召开大会。高新区管委会负责人出席。")


def test_a_street_the_gazetteer_does_not_name_after_a_township_leaves_the_township():
    assert "易俗河镇" in names("湘潭县易俗河镇街道环卫所工作人员正在清扫积雪。", "Place")


def test_a_day_of_the_world_s_reach_is_observed_whatever_jieba_reads_in_it():
    text = "9月21日，县教育局在人民广场开展第43个“国际和平日”主题宣传活动。"
    assert "第43个“国际和平日”主题宣传活动" in names(text, "Initiative")


def test_each_body_with_its_own_staff_or_officials_before_the_verb_takes_part():
    text = ("5月16日，市自然资源局召开国土空间规划专家评审会。"
            "市规划科全体人员、市审计科负责人参加了此次会议。")
    found = facts(text)
    assert ("国土空间规划专家评审会", "participant", "市规划科") in found
    assert ("国土空间规划专家评审会", "participant", "市审计科") in found


def test_places_inside_a_theme_of_the_campaign_are_no_places_of_the_article():
    text = "市文旅局举办以“走进杭州、感受西湖”为宣传主题的第五届旅游节。"
    assert "西湖" not in names(text, "Place")
    assert "第五届旅游节" in names(text, "Initiative")


def test_a_zone_s_kind_alone_reads_as_the_zone_a_body_s_name_holds():
    text = "苏州高新区管委会召开会议，高新区党工委书记张三出席。"
    assert ("高新区党工委", "location", "苏州高新区") in facts(text)


def test_a_village_named_after_a_county_stays_a_village_of_the_county_before_it():
    text = "永丰县古县村村民委员会开展活动。"
    assert ("古县村", "containedInPlace", "永丰县") in facts(text)
    assert "古县" not in names(text, "Place")


def test_a_post_ending_in_yuan_between_a_body_and_a_name_is_the_person_s_role():
    roles = {(p, o, r) for p, o, r in _roles("县农业农村局技术员王明前往田间指导。县文化馆讲解员张丽为游客讲解。")}
    assert ("王明", "县农业农村局", "技术员") in roles
    assert ("张丽", "县文化馆", "讲解员") in roles
    assert not _roles("县委动员王明参加植树。")


def _roles(text: str) -> set[tuple[str, str, str]]:
    g = kg.build(text)
    return {(g.entities[f.subject].name, g.entities[f.object].name, f.role) for f in g.facts
            if f.predicate == "memberOf" and f.subject in g.entities and f.object in g.entities}


def test_a_campaign_carried_out_after_its_theme_keeps_its_own_name():
    text = "4月1日，县税务局开展以“税收惠民、青山同行”为主题的第33个全国税收宣传月活动。"
    assert "第33个全国税收宣传月活动" in names(text, "Initiative")


def test_a_delegate_s_title_and_a_status_ending_in_yuan_make_no_member_or_participant_body():
    text = "3月5日，青山县召开文明创建工作推进会。全国人大代表王五参加会议。"
    assert ("文明创建工作推进会", "participant", "全国人大") not in facts(text)
    assert not _roles("县人民医院重伤员王五已脱离危险。县检察院涉案人员李四已被起诉。")


def test_a_township_named_after_a_county_only_where_its_level_stands_as_a_word():
    assert "古县乡" not in names("永丰县古县乡村振兴工作站揭牌。", "Place")


def test_a_zone_s_kind_inside_an_office_s_name_is_no_zone_of_the_text():
    text = "高新区管委会主任王五向省科技厅高新区发展处汇报工作。"
    assert not [f for f in facts(text) if f[:2] == ("高新区管委会", "location")]


def test_delegates_right_before_the_verb_stand_for_their_bodies():
    text = "3月5日，青山县举办2024年春季招聘会。县人社局、县总工会代表参加了本次活动。"
    assert ("2024年春季招聘会", "participant", "县总工会") in facts(text)
    text = "3月5日，青山县召开文明创建工作推进会。县人大代表、政协委员参加会议。"  # (a title of its own)
    assert ("文明创建工作推进会", "participant", "县人大") not in facts(text)
    assert ("青山县林业局", "工作人员") in {(o, r) for _, o, r in _roles("青山县林业局工作人员王五介绍了工作。")}


def test_a_zone_named_by_a_district_s_bare_name_is_the_zone_of_its_kind_alone():
    text = "江宁高新区管委会召开会议。高新区财政局局长王五出席。"
    assert ("高新区财政局", "location", "江宁高新区") in facts(text)
    assert ("永丰县古县乡政府", "location", "古县乡") in facts("永丰县古县乡政府组织干部开展防汛演练。")
