"""Names and facts in the shapes the fifty-sixth round's pages (intellectual property, civil air defence, offices
administration, postal services, cyberspace and data, fisheries, talent work, vocational schools) write them: special
campaigns a bureau deploys; members of a body's party group; a credit closing a page whose table was flattened to
text.
"""
from tests.conftest import credits, facts, names


def test_a_special_campaign_deployed_or_pushed_on_is_named_once():
    text = "会议部署工地扬尘违法行为治理专项行动，要求继续推进居民楼院违规搭建专项行动。"
    assert {"工地扬尘违法行为治理专项行动", "居民楼院违规搭建专项行动"} <= names(text, "Initiative")
    # (one verb after another: the name starts after the last)
    text = "青山县妇联日前部署实施巾帼创业促进专项行动。"
    assert "巾帼创业促进专项行动" in names(text, "Initiative")
    assert not any("实施" in n for n in names(text, "Initiative"))
    # (a campaign of another kind, named once, stays a description)
    assert names("白沙镇推进环境卫生整治行动。", "Initiative") == set()


def test_a_member_of_a_bodys_party_group_is_a_member_of_the_body():
    text = "区委常委赵小红、区政府党组成员王立新出席签约仪式。"
    found = facts(text)
    assert ("王立新", "memberOf", "区政府") in found
    assert not any(f[2].endswith("党组") for f in found)
    assert "区政府党组" not in names(text, "Organization")
    text = "市人社局党组成员李大海陪同调研。"
    assert ("李大海", "memberOf", "市人社局") in facts(text)


def test_a_credit_before_a_flattened_tables_bars_closes_the_article():
    text = ("青山市赴白沙大学对接人才 | |||||\n来源：青山党建网 | |||||\n"
            "近日，青山市赴白沙大学开展人才对接洽谈活动，双方签订合作协议。（记者王立新 通讯员赵小红） | |||||")
    assert credits(text) == {("author", "王立新"), ("contributor", "赵小红")}
