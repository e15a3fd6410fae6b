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


def test_those_who_attend_this_drill_take_part_in_the_article_s_one():
    text = ("白石县开展防汛应急救援演练\n7月2日，白石县在青河岸边举行防汛应急救援演练。"
            "演练分三个阶段进行。\n副县长李明，县水利局、应急管理局主要领导，县人武部、县公安局主管副职"
            "共计140余人参加本次演练。\n")
    found = facts(text)
    assert {("防汛应急救援演练", "participant", "县水利局"), ("防汛应急救援演练", "participant", "应急管理局"),
            ("防汛应急救援演练", "participant", "李明")} <= found


def test_an_activity_held_for_a_named_day_week_or_month():
    text = "白石县开展宣传活动\n3月3日，白石县林业局开展世界野生动植物日宣传活动，向群众发放宣传资料。\n"
    assert "世界野生动植物日宣传活动" in names(text, "Initiative")
    text = "白石县开展宣传活动\n12月4日，白石县司法局开展国家宪法日集中宣传活动。\n"
    assert "国家宪法日集中宣传活动" in names(text, "Initiative")
    text = "白石县开展宣传活动\n4月2日，白石县林业站开展爱鸟周宣传活动。\n"
    assert "爱鸟周宣传活动" in names(text, "Initiative")
    # (a kind of day, no name: 主题日, 主题党日)
    text = "白石县开展活动\n白石县林业局开展主题日活动，各支部开展主题党日活动。\n"
    assert not names(text, "Initiative") & {"主题日活动", "主题党日活动"}
