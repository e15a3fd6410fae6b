"""The headline model: how likely each line of a page is a headline's, learned from annotated pages, and where the
rules of kg.text ask it (texts written for these tests)."""
import json
from dataclasses import replace
from importlib import resources

import numpy as np

from kg import headline_fit, headlines
from kg.text import parse
from kg.model import Article, Sentence
from kg.text import Paragraph, _headless_header, _heads, _likeliest, _lines, _site_header, repair

LEAD = "3月5日，青山县召开春耕生产推进会，部署全县春耕备耕工作。会议要求各乡镇抓好农资供应，确保不误农时。"


def line(text: str, start: int) -> Paragraph:
    return Paragraph(text, list(range(start, start + len(text))))


def test_a_title_is_likely_and_a_menu_is_not():
    page = "网站首页 | 新闻中心 | 联系我们\n青山县召开春耕生产推进会\n" + LEAD
    menu, title, body = headlines.odds(page, _lines(page))
    assert title > 0.5 > menu and body < 0.1


def test_the_shipped_weights_are_one_vector_of_the_hashed_size():
    assert headlines.weights().shape == (headlines.SIZE,)


def test_login_buttons_over_the_title_are_no_headline():
    page = "微信扫码登录\n使用验证码登录\n青山县召开春耕生产推进会\n" + LEAD
    assert [a.headline for a in parse(page).articles] == ["青山县召开春耕生产推进会"]


def test_a_site_line_over_the_title_is_cut_from_it():
    page = "只需一步,快速开始\n青山县召开春耕生产推进会\n" + LEAD
    [a] = parse(page).articles
    assert a.headline == "青山县召开春耕生产推进会"
    # (what the rules read as the headline's stays the article's, a caption, and the article's span holds it)
    assert (a.captions[0][2], a.start) == ("只需一步,快速开始", 0)


def test_lines_between_paragraphs_head_no_article_where_the_model_is_sure_none_is_a_headline():
    pending = [line("白石镇举办农技培训班", 50)]
    assert not _heads(pending, {50: 0.02}, rules=True) and _heads(pending, {50: 0.5}, rules=True)
    assert not _heads(pending, {50: 0.95}, rules=False)  # (a section head of a feature reads as a title: the rules')
    assert _heads(pending, {50: 0.02}, rules=True, dated=True)  # (over a report opened by its day: a page's next item)


def test_the_model_takes_the_likeliest_line_where_it_is_sure_of_none_the_rules_chose():
    menu, site, title, shot = line("政府信息公开", 0), line("青山县人民政府", 10), line("青山县召开推进会", 20), line("会场", 30)
    pending, chance = [menu, site, title, shot], {0: 0.01, 10: 0.05, 20: 0.7, 30: 0.2}
    # (between articles: what stood above is the article before's, once; what stands below, the article's)
    found = _likeliest([menu, site], None, [title, shot], [menu], pending, chance, True)
    assert found == ([title], [shot], [menu, site])
    # (at the top of the page, what the rules read as the headline stays the article's caption; the header stays out)
    assert _likeliest([site], None, [title, shot], [], pending, chance, False) == ([title], [site, shot], [])
    # (a title over two lines, both likely, is taken whole)
    two = {0: 0.01, 10: 0.6, 20: 0.7, 30: 0.2}
    also = {0: 0.01, 10: 0.7, 20: 0.6, 30: 0.2}
    assert _likeliest([menu], None, [site, title, shot], [], pending, also, True)[0] == [site, title]
    assert _likeliest([menu], None, [site, title, shot], [], pending, two, True)[0] == [site, title]
    # (where it is not sure the rules' line is no headline's, the rules' reading stays)
    unsure = {0: 0.01, 10: 0.3, 20: 0.7, 30: 0.2}
    assert _likeliest([site], None, [title], [], [site, title], unsure, True) == ([site], [title], [])
    # (nor where the rules read a title over its subtitle, and a subtitle's ——… line is never the headline)
    dash = line("——青山县召开推进会侧记", 20)
    assert _likeliest([site], title, [], [], [site, title], chance, True) == ([site], [], [])
    assert _likeliest([site], None, [dash], [], [site, dash], {10: 0.05, 20: 0.8}, True) == ([site], [dash], [])


def test_the_model_trims_what_it_is_sure_of_at_either_end_of_a_headline():
    day, title, credit = line("2024年3月5日 放大 缩小", 0), line("青山县召开推进会", 20), line("12-30 11:03 青山网", 30)
    chance = {0: 0.01, 20: 0.4, 30: 0.03}
    lines = [day, title, credit]
    assert _likeliest(lines, None, [], [], lines, chance, True) == ([title], [credit], [day])
    assert _likeliest(lines, None, [], [], lines, chance, False) == ([title], [day, credit], [])  # (top of the page)
    # (a headline it is sure of no line of, with no other line to take, stays as the rules read it)
    assert _likeliest([day], None, [], [], [day], chance, True) == ([day], [], [])
    kicker = line("春风送暖 农技下乡", 0)
    assert _likeliest([kicker, title], None, [], [], [kicker, title], chance, True)[0] == [kicker, title]


def test_repair_glues_no_line_the_model_is_sure_is_a_headline():
    page = "他说，工作要抓紧，\n青山县召开推进会"
    assert [p.text for p in repair(page)] == ["他说，工作要抓紧，青山县召开推进会"]
    assert [p.text for p in repair(page, {10: 0.95})] == ["他说，工作要抓紧，", "青山县召开推进会"]
    # (but a title goes on under its first words closed by a colon)
    assert [p.text for p in repair("白石县：\n春耕生产工作会议召开", {5: 0.95})] == ["白石县：春耕生产工作会议召开"]


def test_gold_headlines_label_their_lines():
    gold = {"articles": [{"headline": "青山桥 通车"}, {"headline": "大桥", "headline_alt": "喜讯 大桥"}]}
    text = "青山网\n青山桥\n通车\n今天，青山桥通车。\n喜讯\n大桥\n今天，大桥合龙。"
    assert headline_fit.labels(text, gold) == [0, 1, 1, 0, 1, 1, 0]  # (the kicker with its title)


def test_the_fit_learns_and_gives_the_same_weights_twice():
    rows, y = [[1, 2], [1, 3], [1, 2], [1, 3]], [1, 0, 1, 0]
    w = headline_fit.fit(rows, y, steps=200)
    assert np.array_equal(w, headline_fit.fit(rows, y, steps=200))
    yes, no = headlines.score(rows[:2], w)
    assert yes > 0.6 and no < 0.4


def test_python_m_kg_headline_fit_trains_on_gold_folders(tmp_path, capsys):
    folder = tmp_path / "gold"
    folder.mkdir()
    for n, title in enumerate(["青山县召开春耕生产推进会", "白石镇举办农技培训班"]):
        (folder / f"p{n}.txt").write_text(f"网站首页 | 新闻中心\n{title}\n{LEAD}", encoding="utf-8")
        (folder / f"p{n}.gold.json").write_text(json.dumps({"articles": [{"headline": title}]}), encoding="utf-8")
    out = tmp_path / "w.npz"
    assert headline_fit.main([str(folder), "-o", str(out), "--folds", "2"]) == 0
    assert np.load(out)["weights"].shape == (headlines.SIZE,)
    err = capsys.readouterr().err
    assert "2 pages, 6 lines, 2 of them headline lines" in err and "lines of headlines over 2 folds: P" in err


def test_a_missing_gold_folder_is_one_line_and_no_weights(tmp_path, capsys):
    out = tmp_path / "w.npz"
    assert headline_fit.main([str(tmp_path / "nowhere"), "-o", str(out)]) == 1
    assert capsys.readouterr().err.count("\n") == 1 and not out.exists()
    # (nor more folds than pages, a negative penalty, a gold with no headline, a gold that is no object)
    (tmp_path / "p.txt").write_text(f"青山县召开春耕生产推进会\n{LEAD}", encoding="utf-8")
    gold = tmp_path / "p.gold.json"
    for args, content in ((["--folds", "5"], {"articles": [{"headline": "青山县召开春耕生产推进会"}]}),
                          (["--l2", "-1"], {"articles": [{"headline": "青山县召开春耕生产推进会"}]}),
                          ([], {"articles": []}), ([], [1, 2])):
        gold.write_text(json.dumps(content), encoding="utf-8")
        assert headline_fit.main([str(gold), "-o", str(out), *args]) == 1
        assert capsys.readouterr().err.count("\n") == 1 and not out.exists()
    for broken in (b"", b"\xa6\xff{", '{"articles": [}'.encode()):  # (empty, not UTF-8, not JSON: the file named)
        gold.write_bytes(broken)
        assert headline_fit.main([str(gold), "-o", str(out)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and str(gold) in err and not out.exists()


def test_a_title_cut_from_its_field_is_as_likely_as_its_own_line():
    page = ("政府信息公开 规章库\n青山县人民政府信息公开\n索引号: 11441234007078812F/2024-00004 分类:\n"
            "发布机构: 青山县人民政府 成文日期: 2024-03-04\n名称: 青山县召开春耕生产推进会\n文号: 发布日期: 2024-03-05\n"
            "【打印】 【字体:\n青山县召开春耕生产推进会\n发布日期:2024-03-05  浏览次数:-\n" + LEAD)
    assert [a.headline for a in parse(page).articles] == ["青山县召开春耕生产推进会"]


def test_the_shipped_model_never_saw_the_held_out_corpus_files():
    with resources.files("kg").joinpath("data/headlines.npz").open("rb") as f:
        sources = set(np.load(f)["sources"].tolist())
    assert {"corpus/01", "gold/zhengzhou-daily-page"} <= sources
    assert not sources & {f"corpus/{n}" for n in ("03", "08", "12", "16", "20")}


def test_a_first_article_of_login_buttons_and_a_forms_fields_is_the_sites_header():
    first = Article(index=1, start=0, end=30, headline="微信扫码登录 使用验证码登录", headline_span=(0, 14),
                    sentences=[Sentence(0, 0, 6, "微信扫码登录", kind="headline"),
                               Sentence(1, 16, 30, "从:到:格式:YYYY-MM-DD" + "-" * 25, kind="body")])
    second = Article(index=2, start=40, end=99, headline="青山县召开春耕生产推进会", headline_span=(40, 52))
    sure = {0: 0.02, 7: 0.01, 16: 0.0, 40: 0.8}
    assert _site_header(first, second, sure)
    assert not _site_header(first, second, {**sure, 7: 0.2})  # (a line of its headline may be one)
    assert not _site_header(first, second, {**sure, 40: 0.3})  # (nor is the next one's headline likely)
    first.sentences[0] = Sentence(0, 0, 6, "微信扫码登录" * 4, kind="headline")
    assert _site_header(first, second, sure)  # (its headline's lines are not its text)
    # (a brief under its column's name: a dateline, a byline or a sentence makes it an article)
    for brief in ({"dateline": "本报讯"}, {"byline": "（通讯员 王芳）"}):
        assert not _site_header(replace(first, **brief), second, sure)
    said = replace(first, sentences=[Sentence(1, 16, 30, "红旗镇组织义诊。", kind="body")])
    assert not _site_header(said, second, sure)
    first.sentences.append(Sentence(2, 31, 39, "会" * 61, kind="body"))
    assert not _site_header(first, second, sure)  # (a report under it: an article)
    page = "不能包含特殊字符\n从:\n到:\n格式:YYYY-MM-DD\n例如:2002-07-07\n青山县召开春耕生产推进会\n本报讯 " + LEAD
    assert [a.headline for a in parse(page).articles] == ["青山县召开春耕生产推进会"]


def test_a_gold_file_names_its_text_after_an_equals_sign(tmp_path):
    text, gold = tmp_path / "page.txt", tmp_path / "page.gold.json"
    text.write_text(f"网站首页\n青山县召开春耕生产推进会\n{LEAD}", encoding="utf-8")
    gold.write_text(json.dumps({"articles": [{"headline": "青山县召开春耕生产推进会"}]}), encoding="utf-8")
    [(name, read, annotated)] = headline_fit.pages(f"{gold}={text}")
    assert name == str(gold) and read.startswith("网站首页") and headline_fit.labels(read, annotated) == [0, 1, 0]
    assert headline_fit.pages(str(tmp_path), skip={"page"}) == []  # (left out by name: the held-out)


def test_a_line_of_the_site_read_as_text_over_a_sure_title_is_no_article():
    page = ("网页加载出错,请刷新后重试或联系管理员\n\n青山县开展食品安全专项抽检行动\n\n"
            "中秋、国庆将至，为保障节日期间食品安全，青山县市场监管局组织开展了食品安全专项抽检。本次抽检以月饼为重点。")
    assert [a.headline for a in parse(page).articles] == ["青山县开展食品安全专项抽检行动"]
    # (a caption under it, no sure title, stays the text's)
    assert [a.headline for a in parse(page.replace("青山县开展食品安全专项抽检行动", "活动现场")).articles] == [""]
    # (a report of its own under no headline is an article: a sentence, a dateline or a byline)
    said = Article(index=1, start=0, end=9, sentences=[Sentence(0, 0, 9, "会议召开。", kind="body")])
    assert _headless_header(Article(index=1, start=0, end=9, sentences=[Sentence(0, 0, 9, "网页加载出错,请刷新")]))
    assert not _headless_header(said) and not _headless_header(replace(said, sentences=[], dateline="本报讯"))
    assert not _headless_header(replace(said, sentences=[], byline="（通讯员 王芳）"))
