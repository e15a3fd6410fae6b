"""Credits in shapes kg did not read, found by writing each common shape of a Chinese news credit under one short
article of our own and reading what kg made of it (the thirty-sixth round): several names before 报道： with no role
word between them, with or without a dateline (记者李四、王五报道：); a role word that opens the report with no outlet
before it (记者李四报道：); 文图/ glued to the name; the name before its credit (李四/文 王五/图, 李四 王五/文); and those who
checked the text, parted from their names by a slash (编辑/王五 审核/赵六), who are no authors.

Each test is a short text written for it; docs/extraction.md ("Thirty-sixth round") says why.
"""
from __future__ import annotations

from tests.conftest import credits, headlines

HEAD = "青山县农技人员下乡指导春耕"
BODY = "3月2日，县农业农村局组织技术人员到白石镇指导春耕。技术人员逐户讲解种植要点。"


def test_several_names_before_baodao_with_no_role_word_between():
    assert credits(f"{HEAD}\n本报讯 记者李小四、王五报道：{BODY}") == {("author", "李小四"), ("author", "王五")}
    assert credits(f"{HEAD}\n本报讯 记者李小四 王五报道：{BODY}") == {("author", "李小四"), ("author", "王五")}
    # the second role still gives its own
    assert credits(f"{HEAD}\n本报讯 记者李小四 通讯员王五报道：{BODY}") == {("author", "李小四"), ("contributor", "王五")}


def test_a_role_word_opening_the_report_with_no_outlet():
    assert credits(f"{HEAD}\n记者李小四报道：{BODY}") == {("author", "李小四")}
    assert credits(f"{HEAD}\n记者李小四、王五报道：{BODY}") == {("author", "李小四"), ("author", "王五")}
    assert credits(f"{HEAD}\n记者现场报道：{BODY}") == set()  # no name: no one


def test_wentu_glued_to_the_name_by_a_slash():
    assert credits(f"{HEAD}\n文图/李小四\n{BODY}") == {("author", "李小四")}
    assert headlines(f"{HEAD}\n文图/李小四\n{BODY}") == [HEAD]


def test_the_name_before_its_credit_glued_by_a_slash():
    assert credits(f"{HEAD}\n李小四/文 王五/图\n{BODY}") == {("author", "李小四")}  # (the photographer: no author)
    assert credits(f"{HEAD}\n李小四 王五/文\n{BODY}") == {("author", "李小四"), ("author", "王五")}
    assert credits(f"{HEAD}\n{BODY}\n（李小四/文 王五/摄）") == {("author", "李小四")}
    assert headlines(f"{HEAD}\n李小四/文 王五/图\n{BODY}") == [HEAD]


def test_those_who_checked_the_text_after_a_slash_are_no_authors():
    assert credits(f"{HEAD}\n{BODY}\n文/李小四 编辑/王五 审核/赵六") == {("author", "李小四")}
    assert credits(f"{HEAD}\n{BODY}\n文/李小四 终审/赵六") == {("author", "李小四")}
