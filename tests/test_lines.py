from __future__ import annotations

import pytest

from kg.lines import dateline, is_byline_line, is_caption, is_furniture, is_name_line, leading_byline
from kg.text import parse


@pytest.mark.parametrize("line, furniture, byline", [
    ("2021-03-01 10:20 来源：湘江日报", True, False),
    ("【来源：湘江日报】", True, False),
    ("来源于：青山镇党政办", True, False),
    ("发布人：校办 发布时间：2021-03-01", True, False),
    ("学校: 青山县第二中学", True, False),
    ("部门：宣传部 发布时间：2021-03-01 10:20:30 浏览次数：1234", True, False),
    ("单位：各乡镇人民政府要在三月底前报送名单。", False, False),  # a body line that opens with the field's word
    ("单位：青山市教育局；发布时间：2021-03-01", True, False),
    ("发稿时间：2020/5/18", True, False),  # a company site's field under its headline
    ("首页 > 综合新闻", True, False),
    ("2021-03-01 来源：湘江日报 作者：李四 浏览次数：88", False, True),
    ("【作者：李四】", False, True),
])
def test_web_field_lines(line, furniture, byline):
    assert (is_furniture(line), is_byline_line(line)) == (furniture, byline)


@pytest.mark.parametrize("text, shape", [
    ("本报讯", "本报讯"), ("本报长沙讯", "本报长沙讯"), ("湘江日报讯", "湘江日报讯"), ("红网3月1日讯", "红网3月1日讯"),
    ("新华社长沙3月1日电", "新华社长沙3月1日电"), ("本报长沙１月２日电", "本报长沙１月２日电"), ("某某网消息（晚间新闻）：", "某某网消息（晚间新闻）："),
    ("新华社发来贺电", None), ("通讯员 李四", None), ("湘江电网电力保供", None),
])
def test_dateline_shapes(text, shape):
    m = dateline(text)
    assert (m.group() if m else None) == shape


def test_leading_byline_needs_a_role_in_its_brackets():
    assert leading_byline("本报讯（记者 李四）新桥通车。") == (10, 3)
    assert leading_byline("本报讯（3月1日）新桥通车。") == (3, 3)


@pytest.mark.parametrize("text, caption", [("活动合影", True), ("校长李四致辞", True), ("图为新桥", True), ("（图为新桥）", True),
                                           ("李四发表重要讲话", False),
                                           ("新桥通车", False)])
def test_captions(text, caption):
    assert is_caption(text) == caption


@pytest.mark.parametrize("text, name", [("李四", True), ("王小五张伟", True), ("罗小岗张大生沈志明", True), ("本报评论员", False),
                                        ("客运", False)])
def test_an_authors_name_line(text, name):
    assert is_name_line(text) == name


def test_a_sites_contact_line_is_furniture_and_is_not_joined_to_the_line_after():
    assert is_furniture("单位地址:青山市红旗路8号 电话(传真):0571-1234567 技术支持：某某网络")
    doc = parse("青山医院开展义诊\n\n医生们走进了青山村。\n\n单位地址:青山市红旗路8号 技术支持：某某网络\n\n青山医院版权所有！\n")
    assert not any("某某网络" in s.text for a in doc.articles for s in a.sentences)


def test_a_post_time_field_under_an_exclaimed_headline_is_no_headline_line():
    doc = parse("青山公司荣获省级科技创新示范企业称号！\n发稿时间：2020/5/18\n\n5月16日，青山公司在省科技大会上领取了奖牌，公司总经理李木林代表公司发言。")
    assert [a.headline for a in doc.articles] == ["青山公司荣获省级科技创新示范企业称号！"]
