"""Constructions of the seventy-sixth round's pages (a museum day's preparations, a university forum, a tax bureau's
study trip, water works, a labour station sent to another county, a lecture tour), each on a short text written for
the test."""
from tests.conftest import facts, names


def test_a_province_s_department_named_for_two_fields_is_one_body():
    text = ("青山省召开会议\n5月6日，会议由江西省文化和旅游厅、江西省文物局承办。省文化和旅游厅厅长王五出席，"
            "省自然资源厅和省生态环境厅负责人参加。\n")
    bodies = names(text, "Organization")
    assert {"江西省文化和旅游厅", "省自然资源厅", "省生态环境厅"} <= bodies
    assert ("王五", "memberOf", "江西省文化和旅游厅") in facts(text)  # (省 of the province named before)
    halls = "白石县政务服务大厅开放\n5月6日，省博物馆展厅和省会议中心报告厅对外开放。\n"  # (halls, no departments)
    assert not {o for o in names(halls, "Organization") if o.endswith("厅")}
    two = "浙江省开展评审\n5月6日，浙江省科学技术厅和教育厅联合开展评审，省生态环境厅与自然资源厅联合督察。\n"
    assert not {o for o in names(two, "Organization") if "厅和" in o or "厅与" in o}  # (two departments each)


def test_a_ministry_s_department_is_one_body_below_the_ministry():
    text = ("青山大学召开会议\n5月6日，国家文化局图书馆与群众文化司负责人、教育部高等教育司副司长李四出席。"
            "外交部新闻司司长赵六也出席了会议。\n")
    found = facts(text)
    assert ("国家文化局图书馆与群众文化司", "parentOrganization", "国家文化局") in found
    assert "国家文化局图书馆" not in names(text, "Organization")  # (图书馆 joined to the next field: no body of its own)
    assert ("李四", "memberOf", "教育部高等教育司") in found
    assert ("赵六", "memberOf", "外交部新闻司") in found
    assert "外交部新闻司司长" not in names(text, "Organization")
    commission = "青山县召开会议\n5月6日，国家发展改革委价格司有关负责人到青山县调研。\n"  # (委 read alone by jieba)
    assert "国家发展改革委价格司" in names(commission, "Organization")
    pair = "青山县召开会议\n5月6日，国家发展改革委价格司和财政部税政司负责人出席。\n"  # (two ministries' departments)
    assert not {o for o in names(pair, "Organization") if "司和" in o}


def test_units_of_a_kind_between_the_bodies_leave_the_list_whole():
    text = ("青山县召开防汛工作推进会\n5月6日，青山县防汛工作推进会召开。县水利局、县应急局及相关处室、局属单位、"
            "县公安局等单位的负责人参加会议。\n")
    found = facts(text)
    for body in ("县水利局", "县应急局", "县公安局"):
        assert ("青山县防汛工作推进会", "participant", body) in found
    assert "处室" not in names(text, "Organization")


def test_a_project_named_for_its_works_is_an_initiative():
    text = "青山县检查水库建设\n5月6日，副县长王五到李家湾水库项目现场检查施工情况。白石镇项目进展顺利。\n"
    initiatives = names(text, "Initiative")
    assert "李家湾水库项目" in initiatives
    assert "白石镇项目" not in initiatives  # (a township's projects, no works named)
    kinds = "青山县推进水库建设\n5月6日，全县小型水库项目进展顺利，病险水库项目加快推进。\n"  # (kinds of works, unnamed)
    assert not names(kinds, "Initiative")
    provinces = "四川省加快建设\n5月6日，四川省水库项目建设进度加快，他参观了本地的湿地公园项目。\n"  # (a division's kind)
    assert not names(provinces, "Initiative")


def test_the_title_s_head_is_not_the_department_s():
    text = ("青山大学召开论坛\n5月6日，白石大学经济学院金融系副系主任陆一鸣、青山大学物理系系主任王五出席。\n")
    found = facts(text)
    assert ("陆一鸣", "memberOf", "白石大学经济学院金融系") in found
    assert ("王五", "memberOf", "青山大学物理系") in found
    assert not {o for o in names(text, "Organization") if o.endswith(("系系", "副系"))}


def test_a_journal_s_office_is_named_with_the_journal():
    text = "青山大学举办论坛\n5月6日，《青山经济》编辑部主任王五、《白石》杂志社记者李四出席论坛。\n"
    found = facts(text)
    assert ("王五", "memberOf", "《青山经济》编辑部") in found
    assert ("李四", "memberOf", "《白石》杂志社") in found
    listed = "青山大学举办论坛\n5月6日，《青山经济》编辑部主任王五、《白石研究》编辑部主任李四出席。\n"  # (two journals)
    assert not {f for f in facts(listed) if f[1] == "parentOrganization"}


def test_a_quoted_manner_is_no_initiative_s_name():
    text = "青山县税务局开展学习\n5月6日，青山县税务局开展“沉浸式”观摩体验活动和“清风行动”专项活动。\n"
    initiatives = names(text, "Initiative")
    assert "沉浸式" not in initiatives
    assert any("清风行动" in i for i in initiatives)
    named = "白石市启动行动\n5月6日，白石市启动“消费升级”行动计划，县商务局开展“供销新模式”推广活动。\n"  # (names)
    found = names(named, "Initiative")
    assert any("消费升级" in i for i in found) and any("供销新模式" in i for i in found)


def test_a_body_stationed_in_another_county_is_there_and_named_with_its_sender():
    text = ("白石市驻岳池县就业服务工作站成立\n5月6日，白石市在岳池县设立驻县就业服务工作站。"
            "白石市驻岳池县就业服务工作站将发挥桥梁作用。\n")
    found = facts(text)
    assert "白石市驻岳池县就业服务工作站" in names(text, "Organization")
    assert ("白石市驻岳池县就业服务工作站", "location", "岳池县") in found
    assert "驻县" not in names(text, "Place") and "驻岳池县" not in names(text, "Place")
    assert not {f for f in found if f[1] == "parentOrganization"}  # (驻县…工作站: the station itself, named short)
    groups = "福州市驻定西市工作组调研\n5月6日，福州市驻定西市工作组组长王明、杭州市驻恩施州工作组到企业调研。\n"
    found = facts(groups)
    assert {("福州市驻定西市工作组", "location", "定西市"), ("杭州市驻恩施州工作组", "location", "恩施州")} <= found
    assert not {p for p in names(groups, "Place") if p.startswith("驻")}
    market = "白石集团驻红星市场服务中心成立\n5月6日，白石集团驻红星市场服务中心正式成立。\n"  # (红星市场, no city)
    assert not {f for f in facts(market) if f[1] == "location"}
    alone = "岳池县就业服务工作站运行良好\n5月6日，王五长期驻岳池县就业服务工作站开展工作。\n"  # (no sender before 驻)
    assert not {o for o in names(alone, "Organization") if "驻" in o}


def test_the_county_named_bare_as_its_own_is_the_seat_beside_those_it_visits():
    text = ("副县长王五带队考察学习\n5月6日，副县长王五率县水利局、县住建局负责人前往仁寿县、丹棱县考察学习。"
            "在仁寿县和丹棱县，考察组查看了污水处理厂。王五说，好的经验值得屏山学习，要推动屏山重大项目建设，"
            "我县将加快进度。\n")
    found = facts(text)
    assert ("县水利局", "location", "屏山") in found
    assert ("县水利局", "location", "仁寿县") not in found
    two = text.replace("要推动屏山", "要与长宁合作推动")  # (two counties named bare: which is its own is not said)
    assert not {f for f in facts(two) if f[1] == "location" and f[0] == "县水利局"}
    visiting = ("副县长王五带队考察学习\n5月6日，县水利局负责人前往仁寿县、丹棱县考察学习。"
                "在仁寿县和丹棱县，考察组查看了污水处理厂。\n")  # (no county of its own named)
    assert not {f for f in facts(visiting) if f[1] == "location" and f[0] == "县水利局"}


def test_a_national_association_has_no_parent_in_its_members_kind():
    text = "青山县举办活动\n5月6日，中国博物馆协会、中国作家协会和青山大学计算机协会联合举办活动。\n"
    found = facts(text)
    assert not {f for f in found if f[1] == "parentOrganization" and f[0] in ("中国博物馆协会", "中国作家协会")}
    assert ("青山大学计算机协会", "parentOrganization", "青山大学") in found
    assert not {o for o in names(text, "Organization") if o in ("中国博物馆", "中国作家")}
