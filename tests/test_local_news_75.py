"""Constructions of the seventy-fifth round's pages (party schools, supply co-operatives, procuratorates and courts,
university forums, museums, rural employment, water works, community committees), each on a short text written for
the test."""
from tests.conftest import facts, names


def test_a_journal_s_or_another_institution_s_unit_is_not_the_university_s():
    text = ("白石大学举办青山经济论坛\n5月6日，青山经济论坛在白石大学举行。《青山学刊》编辑部主任王五，"
            "红河大学启航管理学院副院长李四，启航管理学院金融系主任赵六，教务处处长钱七出席。\n")
    found = facts(text)
    assert ("《青山学刊》编辑部", "parentOrganization", "白石大学") not in found
    assert ("启航管理学院金融系", "parentOrganization", "白石大学") not in found
    assert ("启航管理学院金融系", "parentOrganization", "红河大学启航管理学院") in found  # (the college named in full)
    assert ("教务处", "parentOrganization", "白石大学") in found  # (named bare: the university's own)
    own = ("白石大学召开会议\n5月6日，白石大学召开会议。《白石大学学报》编辑部主任王五汇报了工作，"
           "经济学院金融系主任赵六出席。\n")  # (its own journal and its own college's department)
    assert {("《白石大学学报》编辑部", "parentOrganization", "白石大学"),
            ("经济学院金融系", "parentOrganization", "白石大学")} <= facts(own)


def test_who_attends_the_forum_s_opening_attends_the_forum():
    text = "青山大学举办金融论坛\n5月6日，第二届青山金融论坛在青山大学举办，青山大学校长王五出席论坛开幕式并致辞。\n"
    assert ("第二届青山金融论坛", "participant", "王五") in facts(text)
    festival = "白石镇举办桃花节\n5月6日，第二届白石桃花节在白石镇开幕，县长李四出席论坛开幕式。\n"  # (another occasion)
    assert ("第二届白石桃花节", "participant", "李四") not in facts(festival)
    quoted = "青山大学举办金融论坛\n5月6日，“第二届青山金融论坛”在青山大学举办，校长王五出席论坛开幕式并致辞。\n"
    assert ("第二届青山金融论坛", "participant", "王五") in facts(quoted)
    summing_up = "青山县运动会总结\n青山县第三届运动会总结表彰大会召开。县长王五出席运动会开幕式时曾要求办出特色。\n"
    assert ("青山县第三届运动会总结表彰大会", "participant", "王五") not in facts(summing_up)


def test_a_body_of_the_same_field_at_another_level_is_no_unit():
    text = "青山县开展调研\n5月6日，青山县文化和旅游局局长李四、文化和旅游部副部长赵六到白石镇调研。\n"
    assert ("文化和旅游部", "parentOrganization", "青山县文化和旅游局") not in facts(text)
    assert ("赵六", "memberOf", "文化和旅游部") in facts(text)
    office = "青山县召开会议\n5月6日，青山县总工会主席张三、工会办主任李四出席。\n"  # (the federation's own office)
    assert ("工会办", "parentOrganization", "青山县总工会") in facts(office)
    trade = "青山县召开会议\n5月6日，青山县商务局局长王五、商务部副部长钱七出席。\n"
    assert ("商务部", "parentOrganization", "青山县商务局") not in facts(trade)
    firm = "青山集团召开会议\n5月6日，青山投资发展集团有限公司董事长李四、投资发展部部长赵六出席。\n"
    assert ("投资发展部", "parentOrganization", "青山投资发展集团有限公司") in facts(firm)


def test_a_committee_s_term_is_no_community():
    text = ("白石社区完成换届\n5月6日，白石社区完成换届选举。新一届社区居委会由5人组成，"
            "往届社区居委会成员到场祝贺。\n")
    places = names(text, "Place")
    assert not {p for p in places if "届" in p}
    placed = "青山社区完成换届\n5月6日，青山社区新一届社区居委会正式履职。\n"  # (after the community's name)
    assert not {p for p in names(placed, "Place") if "届" in p}
    assert not {o for o in names(text, "Organization") if "届" in o}


def test_in_the_village_is_not_part_of_the_village_s_name():
    text = "白石镇发展乡村旅游\n5月6日，记者来到东沟村里，看到游客络绎不绝。\n"
    places = names(text, "Place")
    assert "东沟村" in places and "东沟村里" not in places


def test_a_state_ministry_is_no_unit_of_a_county_s_procuratorate():
    text = ("青山区检察院开展公益诉讼\n5月6日，广州市青山区检察院召开座谈会。会上通报，最高人民检察院曾向国家应急管理部"
            "制发检察建议。\n")
    assert ("国家应急管理部", "parentOrganization", "广州市青山区检察院") not in facts(text)


def test_a_job_fair_carried_out_is_an_event():
    text = "白石县开展招聘\n3月5日，白石县人社局开展“春风行动”暨劳务协作专场招聘会，20家企业参加。\n"
    assert "“春风行动”暨劳务协作专场招聘会" in names(text, "Initiative")
    fair = "白石县开展招聘\n3月5日，白石县开展了返乡务工人员专场招聘会，20家企业参加。\n"
    assert "返乡务工人员专场招聘会" in names(fair, "Initiative")
    campus = "青山学院开展招聘\n3月5日，青山学院开展了医学类毕业生专场双选会，20家医院参加。\n"
    assert "医学类毕业生专场双选会" in names(campus, "Initiative")
    bare = "白石县开展招聘\n3月5日，白石县开展线上招聘会，20家企业参加。\n"  # (a kind of fair, no name)
    assert not names(bare, "Initiative")


def test_a_township_of_the_gazetteer_opens_a_school_s_name_whatever_word_follows():
    text = "新绛县开展法治宣讲\n5月6日，县法院法官走进古交镇南王庄小学，为同学们上了一堂法治课。\n"  # (镇南王, one word)
    assert ("古交镇南王庄小学", "location", "古交镇") in facts(text)


def test_a_dated_fair_of_a_week_is_an_event():
    text = "青山县推介茶叶\n3月5日，2019年青山茶叶展销周在白石镇开幕，20家茶企参展。\n"
    assert "2019年青山茶叶展销周" in names(text, "Initiative")
    bare = "青山县推介茶叶\n3月5日，青山县举办茶叶展销周，吸引游客。\n"  # (a kind of fair, no name)
    assert not names(bare, "Initiative")
