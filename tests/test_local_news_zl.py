"""Names, relations and credits in the shapes the fifty-fourth round's pages (justice and legal aid, medical insurance
and drugs, armed forces departments, archives and chronicles, the disabled and the Red Cross, state-owned groups,
foreign affairs and trade promotion, government service centres) write them: a bracketed aside between an article
and its closing credit; an editor in brackets; a post's day with its count of views.
"""
import kg
from tests.conftest import credits, names


def test_a_bracketed_aside_before_the_closing_credit_hides_it_not():
    text = ("青山县召开春耕工作会议\n\n本报讯 3月5日，青山县召开春耕生产工作会议，县委书记王立新出席会议并讲话。\n\n"
            "（以上内容仅供参考）\n\n（记者 赵小红 通讯员 张红）\n")
    assert credits(text) == {("author", "赵小红"), ("contributor", "张红")}
    # (a headline of the next article is no aside: its credit stays its own)
    text = ("青山县召开春耕工作会议\n\n本报讯 3月5日，青山县召开春耕生产工作会议，县委书记王立新出席会议并讲话。\n\n"
            "白沙镇举办插秧比赛\n\n（记者 赵小红 通讯员 张红）\n\n3月6日，白沙镇举办插秧比赛，全镇二十支队伍参加。\n")
    g = kg.build(text)
    assert [a.headline for a in g.documents[0].articles] == ["青山县召开春耕工作会议", "白沙镇举办插秧比赛"]
    assert g.documents[0].articles[0].byline is None


def test_an_editor_in_brackets_closing_a_paragraph_is_no_one_in_the_graph():
    text = "青山县人武部组织民兵整组检查。县人武部部长王立新对白沙镇武装部的民兵整组进行了检查验收。(编辑赵小红)"
    assert "赵小红" not in names(text, "Person")
    assert "赵小红" not in names(text.replace("(编辑赵小红)", "（责任编辑 赵小红）"), "Person")
    assert "王立新" in names(text, "Person")


def test_a_posts_day_and_its_count_of_views_is_no_headline():
    text = ("2024-05-17 1181 来源:青山县残联\n"
            "5月15日上午，青山县政协副主席王立新一行赴县残联调研残疾人工作，县残联理事长赵小红陪同。")
    assert [a.headline or None for a in kg.build(text).documents[0].articles] == [None]
