"""Names and facts in the shapes the fifty-seventh round's pages (democratic parties, the Youth League, women's
federations, science associations, public utilities, key projects, prisons and drug rehabilitation, literary and art
federations) write them: a headline's subject, a body's head named with his title; a compiled report's dateline; a
democratic party's committee of a city; an association named by its kind written short; officers elected at an
association's congress; the particle 所 after a body; exhibitions named in full.
"""
from kg.extract.ner import titled_people_cut
from kg.model import Mention
from tests.conftest import credits, facts, names


def test_a_body_its_heads_title_and_name_read_as_one_are_the_body_and_the_person():
    # (the recognizers read a headline's subject as one body now and then: the body and its head come apart)
    text = "青山市白石区委书记万红现场调研红星大学转设项目"
    glued = [Mention(0, 11, "Organization", "青山市白石区委书记万红", 1)]
    assert [(m.text, m.type) for m in titled_people_cut(glued, text)] == [("青山市白石区委", "Organization"),
                                                                           ("万红", "Person")]
    # (an office of a body is no person: 董事长办公室; nor what closes no body's name a body)
    for name in ("青山公司董事长办公室", "青山开发主任王立强"):
        assert titled_people_cut([Mention(0, len(name), "Organization", name, 1)], name) == [
            Mention(0, len(name), "Organization", name, 1)]
    # (and in a whole build, where the recognizers glue them)
    text = "宜昌市点军区委书记万红督导青山学院新校区建设"
    assert ("万红", "memberOf", "宜昌市点军区委") in facts(text)
    assert "宜昌市点军区委书记万红" not in names(text, "Organization")


def test_a_compiled_reports_dateline_keeps_its_credit():
    text = "青山网12月16日综合(青山日报记者 王立新 通讯员 赵小红 文/图)12月15日，白沙县戒毒所举行开放日活动。"
    assert credits(text) == {("author", "王立新"), ("contributor", "赵小红")}


def test_a_democratic_partys_committee_of_a_city_is_named_whole():
    text = "民进南阳市委会、开封市委会、信阳市委会专职副主委参加座谈。"
    assert {"民进南阳市委会", "开封市委会", "信阳市委会"} <= names(text, "Organization")
    assert not {"民进南阳市委", "信阳市委"} & names(text, "Organization")
    # (a party's committee of the article's city, the city unnamed: no place 农工党市, no committee 农工党市委 inside)
    found = facts("农工党市委会为白沙村扶贫捐款。")
    assert ("农工党市委会", "parentOrganization", "农工党") in found
    assert not any("农工党市委" in (f[0], f[2]) for f in found)
    assert names("其中，农工党市委会同县红十字会捐款1万元。", "Place") == set()
    assert ("农工党市委会办公室", "parentOrganization", "农工党市委会") in facts("农工党市委会办公室发出通知。")
    # (the party committee's meeting room, or the committee acting with another, is the party committee's)
    assert "白沙市委会" not in names("会议在白沙市委会议室召开。", "Organization")
    assert "白沙县委会" not in names("白沙县委会同县政府出台意见。", "Organization")
    assert "白沙县委会商" not in names("白沙县委会商研究防汛工作。", "Organization")


def test_an_association_named_by_its_kind_written_short_is_the_association():
    text = "白沙县作家协会召开大会。县作协主席王立强作报告，回顾了县作协所做的工作。"
    assert ("王立强", "memberOf", "白沙县作家协会") in facts(text)
    assert names(text, "Organization") == {"白沙县作家协会"}
    assert names("东湖县科协所作的报告受到好评。", "Organization") == {"东湖县科协"}  # (所 one word with its verb)
    text = "青山县文学艺术界联合会召开会议。县文联主席赵小红讲话。"
    assert ("赵小红", "memberOf", "青山县文学艺术界联合会") in facts(text)
    # (a council member is a member: 理事)
    assert ("林海", "memberOf", "东湖县慈善协会") in facts("东湖县慈善协会理事林海捐款。")


def test_officers_elected_at_an_associations_congress_are_its_members():
    text = ("白沙县作家协会召开第二次会员代表大会。大会选出新一届作协主席、副主席，王立新当选为新一届作协主席；"
            "赵小红、刘明当选为新一届作协副主席；孙大海当选为副秘书长。")
    found = facts(text)
    assert {("王立新", "memberOf", "白沙县作家协会"), ("赵小红", "memberOf", "白沙县作家协会"),
            ("刘明", "memberOf", "白沙县作家协会"), ("孙大海", "memberOf", "白沙县作家协会")} <= found
    assert ("王立强", "memberOf", "青山市商会") in facts("青山市商会召开换届大会，王立强当选为新一届青山市商会会长。")
    # (an office named bare: the association whose officers are elected)
    text = "青山乡文学艺术界联合会举行成立大会。张自明当选为主席，李丽当选为兼职副主席。"
    found = facts(text)
    assert {("张自明", "memberOf", "青山乡文学艺术界联合会"), ("李丽", "memberOf", "青山乡文学艺术界联合会")} <= found
    # (a post given, 任, is of any body: not the association's)
    assert not any(f[0] == "王五" for f in facts("青山县作家协会召开大会。王五任主席。"))


def test_an_exhibition_is_named_to_its_head():
    text = "协会举办了“山水清音”中国画作品展览、纪念王明诞辰120周年美术作品展览。"
    assert names(text, "Initiative") == {"“山水清音”中国画作品展览", "纪念王明诞辰120周年美术作品展览"}
    assert names("纪念林海诞辰100周年展览馆正式开放。", "Initiative") == set()  # (a hall)


def test_the_bodies_of_a_topic_take_no_part_in_what_follows():
    text = "协会始终围绕县委县政府中心工作，举办了“青山”油画作品展览。"
    assert not any(f[1] == "participant" for f in facts(text))
    assert not any(f[2] == "县委" for f in facts("协会围绕县委部署开展“青山”志愿服务活动。"))
    assert ("巾帼建功", "participant", "县妇联") in facts("县妇联围绕“巾帼建功”活动，组织开展培训。")


def test_a_time_since_when_opens_no_bodys_name():
    assert names("并听取了青山企业今年以来公司消防安全工作的情况汇报。", "Organization") == set()


def test_a_projects_headquarters_is_a_body_and_its_commanders_its_members():
    text = "会上，青山县城乡一体化供水项目建设指挥部总指挥、县人大常委会副主任王立强介绍情况。"
    found = facts(text)
    assert ("王立强", "memberOf", "青山县城乡一体化供水项目建设指挥部") in found
    assert ("王立强", "memberOf", "县人大常委会") in found
    assert ("赵明", "memberOf", "县森林防火指挥部") in facts("县森林防火指挥部副指挥长赵明部署工作。")
    assert ("李四", "memberOf", "县防汛抗旱指挥部") in facts("县防汛抗旱指挥部总指挥李四部署工作。")
    # (a headquarters' office is its unit; a project named before a walk cut short at 项目 stays the project)
    found = facts("青山县防汛抗旱指挥部办公室主任王五部署工作。")
    assert ("青山县防汛抗旱指挥部办公室", "parentOrganization", "青山县防汛抗旱指挥部") in found
    assert "光泽县城区污水管网改造项目" in names("光泽县城区污水管网改造项目建设指挥部召开会议。", "Initiative")


def test_the_body_an_event_is_led_by_organizes_it():
    text = "5月23日，青山县科普宣传活动在红旗村开展。本次活动由县科技局牵头，县科协、县医院等单位参与了本次活动。"
    found = facts(text)
    assert ("青山县科普宣传活动", "organizer", "县科技局") in found
    assert {("青山县科普宣传活动", "participant", "县科协"), ("青山县科普宣传活动", "participant", "县医院")} <= found


def test_what_an_initiative_is_for_quoted_before_it_is_no_act():
    text = "县妇联在全镇广泛开展“崇尚好家风、传承好家训”的“五好家庭”活动。"
    assert ("五好家庭", "organizer", "县妇联") in facts(text)
    assert ("五好家庭", "organizer", "县妇联") in facts("县妇联在全镇开展了“家风好”“家训好”的“五好家庭”活动。")
    # (a body that sends its people to take part takes part)
    text = "县妇联组织志愿者参与“共建文明城、同创幸福家”的“文明创建”活动。"
    assert ("文明创建", "participant", "县妇联") in facts(text)


def test_a_bodys_short_name_read_as_a_person_before_a_title_is_a_body():
    text = "县人大常委会副主任、文联主席赵小红，县民政局局长王立强分别讲话。"
    assert ("赵小红", "memberOf", "文联") in facts(text)
    assert "文联" not in names(text, "Person")
    assert names("会上，金星主任李明作了讲话。", "Person") == {"金星", "李明"}  # (a name the dictionary holds)
