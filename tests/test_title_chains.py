"""A chain of titles before a name: every body the chain names has the person as a member, however long a later title
says where it is held (the eleventh round, docs/extraction.md). Each test is a short text written for it.
"""
from __future__ import annotations

import kg


def members(text: str) -> set[tuple[str, str, str]]:
    return {(s, o, role) for s, p, o, role in kg.build(text).named_facts() if p == "memberOf"}


def test_the_first_body_of_a_chain_with_long_titles_has_the_person_too():
    found = members("青山科技有限公司海外业务副总裁、新能源事业部部长孙志军参加。")
    assert ("孙志军", "青山科技有限公司", "海外业务副总裁") in found
    assert ("孙志军", "新能源事业部", "部长") in found


def test_two_titles_joined_by_jian_are_still_a_chain():
    found = members("红河军委原委员、原国务委员兼国防部长王大明出席。")
    assert any(p == "王大明" and o == "红河军委" for p, o, _ in found)


def test_a_verb_or_a_preposition_before_a_title_ends_the_chain():
    found = members("青山法院依法对红河军委原委员、原国务委员兼国防部长王大明作出判决。")
    assert not any(p == "王大明" and o == "青山法院" for p, o, _ in found)
    assert any(p == "王大明" and o == "红河军委" for p, o, _ in found)


def test_a_department_named_bare_in_the_chain_is_the_first_bodys():
    parents = {(s, o) for s, p, o, _ in kg.build("市委常委、宣传部部长杜建国出席会议并讲话。").named_facts()
               if p == "parentOrganization"}
    assert ("宣传部", "市委") in parents
    # named by its level (市纪委) or as the centre's (中宣部): no department of the first body
    g = kg.build("市委常委、市纪委书记王五出席。红河中央政治局委员、中宣部部长李四出席。")
    assert not [f for f in g.named_facts() if f[1] == "parentOrganization"]


def test_a_list_after_a_member_with_its_party_organs_titles_is_of_the_same_body():
    found = members("青山学院召开大会。学院院长张大伟、党委书记杨建军、教学副校长韩国庆出席。")
    assert {("杨建军", "青山学院", "党委书记"), ("韩国庆", "青山学院", "教学副校长")} <= found
    # a title that names a body of its own is no member of the first one's
    found = members("红河国防部副部长王大明、空军司令员李小红出席。")
    assert not any(p == "李小红" and o == "红河国防部" for p, o, _ in found)


def test_the_leaders_of_a_division_or_a_body_are_its_members():
    found = members("青山市领导王大明、李小红陪同考察。红河集团领导赵国强出席。")
    assert {("王大明", "青山市", "领导"), ("李小红", "青山市", "领导"), ("赵国强", "红河集团", "领导")} <= found


def test_ranks_and_assistants_are_titles():
    found = members("青山部副巡视员王大明出席。红河出版社总编李小红、青山大学校长助理赵国强参加。")
    assert {("王大明", "青山部", "副巡视员"), ("李小红", "红河出版社", "总编"), ("赵国强", "青山大学", "校长助理")} <= found


def test_a_post_graded_in_its_own_body_after_a_member():
    found = members("青山集团董事长王大明、执行董事李小红出席。")
    assert ("李小红", "青山集团", "执行董事") in found


def test_a_police_officer_is_a_member_of_the_articles_one_police_body():
    import kg

    g = kg.build("9月22日，青山公安分局开展防诈骗宣传进校园活动。活动中，民警王大明给学生上了一堂法制课，辅警李小红发放宣传资料。")
    assert {("王大明", "memberOf", "青山公安分局"), ("李小红", "memberOf", "青山公安分局")} <= {
        (s, p, o) for s, p, o, _ in g.named_facts()}
    g = kg.build("青山公安分局和红星派出所开展联合宣传。活动中，民警王大明给学生上了一堂法制课。")
    assert not any(s == "王大明" and p == "memberOf" for s, p, o, _ in g.named_facts())


def test_a_civil_servants_rank_is_a_title_of_the_body_before_the_list():
    import kg

    facts = {t[:4] for t in kg.build("市总工会宣传部部长李大海、一级主任科员王小红，市青山工会联合会二级调研员赵六出席。"
                                     "县财政局科员刘七参加。").named_facts()}
    assert ("刘七", "memberOf", "县财政局", "科员") in facts
    assert ("王小红", "memberOf", "市总工会宣传部", "一级主任科员") in facts
    assert ("赵六", "memberOf", "市青山工会联合会", "二级调研员") in facts
    # a federation of unions is no unit of a union
    assert not any(f[1] == "parentOrganization" and f[0] == "市青山工会联合会" for f in facts)


def test_a_head_of_a_vocational_centre_is_its_校长():
    import kg

    facts = {t[:4] for t in kg.build("青山职教中心召开表彰大会。校长张大明、副校长李小红出席。").named_facts()}
    assert {("张大明", "memberOf", "青山职教中心", "校长"), ("李小红", "memberOf", "青山职教中心", "副校长")} <= facts


def test_该_and_a_bodys_kind_before_a_title_is_the_body_of_that_kind_named_last():
    import kg

    facts = {t[:4] for t in kg.build("青山医院专家团来到红星县人民医院。随行的该院护士长黄小萍指导护理工作。"
                                     "市教育局召开会议。该局局长王五讲话，青山县财政局也派员参加。").named_facts()}
    assert ("黄小萍", "memberOf", "红星县人民医院", "护士长") in facts
    assert ("王五", "memberOf", "市教育局", "局长") in facts
    assert not any(f[0] == "王五" and f[2] == "青山县财政局" for f in facts)  # (named after: not the one 该 refers to)
    # a school's, not its college; none where two bodies of the kind are joined; no title after it: nobody's
    facts = {t[:4] for t in kg.build("青山大学举办讲座，计算机学院院长李四主持。该校校长王五出席。").named_facts()}
    assert ("王五", "memberOf", "青山大学", "校长") in facts
    facts = {t[:4] for t in kg.build("青山市人民医院与红星医院签订协议。该院院长王五讲话。").named_facts()}
    assert not any(f[0] == "王五" and f[1] == "memberOf" for f in facts)
    facts = {t[:4] for t in kg.build("市教育局召开会议。该局邀请专家王五作报告。").named_facts()}
    assert not any(f[0] == "王五" and f[1] == "memberOf" for f in facts)
