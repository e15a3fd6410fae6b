"""People's roles: ``队长王路易``, ``32路调度赵丽``, ``县委常委、组织部长董博``, ``我校校长吴德``.

A title right before a person's name is their role. When an organization's
name comes right before the title (up to four characters of qualifier, as in
``郑州公交32路劳模车车长姚恩思``), the person is a member of it in that role. A
chain of titles joined by ``、`` (``南江县人大常委会党组书记、主任李文荣``) makes the
person a member of the organization the chain starts after; a later title of
the chain may name a body of its own (``自治区党委书记、人大常委会主任胡春华``). ``我校``,
``本院`` and the like stand for the organization with that head (校 → a school) that the
article names most often.

Examples:
    >>> from kg.text import parse
    >>> from kg.model import Mention
    >>> doc = parse("32路调度赵丽表示。")
    >>> found = [Mention(0, 3, "Organization", "32路", 1), Mention(5, 7, "Person", "赵丽", 1)]
    >>> [(r.subject.text, r.predicate, r.obj.text, r.role) for r in extract(doc, found)]
    [('赵丽', 'memberOf', '32路', '调度')]
    >>> doc = parse("县委常委、组织部长董博说。")
    >>> found = [Mention(0, 2, "Organization", "县委", 1), Mention(9, 11, "Person", "董博", 1)]
    >>> [(r.subject.text, r.obj.text, r.role) for r in extract(doc, found)]
    [('董博', '县委', '常委'), ('董博', '县委', '组织部长')]
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..gazetteer import find as find_divisions, named as divisions
from ..kinds import by_suffix
from ..levels import BANNER, CHARS, GOVERNMENT_CHARS, chars_class, level_of
from ..model import Article, Document, Evidence, Mention, Relation, Sentence
from ..org_bounds import org_endings
from ..words import words
from . import register
from .names import party_prefix, training_org_prefix
from .organization import SELF_HEADS, SELF_NAMED_RE, STANDALONE_BODIES, SUFFIXES, bodies_of_kind, field_college
from .relation import INVITE, article_seats, main_actor
from .short_form import abbreviations
from .titles import OFFICE as _OFFICE, TITLE_WORDS as _TITLE_WORDS, TITLES

_TITLE = re.compile(rf"((?:[\u4e00-\u9fff]{{0,4}}?)(?:{_TITLE_WORDS}))$")
# A title further on in a chain may say more about where it is held: 海外业务副总裁, 市运动会组委会主任.
_LONG_TITLE = re.compile(rf"(?:[\u4e00-\u9fff]{{0,8}}?)(?:{_TITLE_WORDS})")
MAX_CHAIN = 24
# A body's kind alone, opening a clause, before a title: 公司董事长王强, 医院院长李四: the one body of
# that kind the article named before it.
BARE_KINDS = {"公司": ("公司",), "集团": ("集团",), "医院": ("医院",), "学校": ("大学", "学院", "学校", "中学", "小学"),
              "银行": ("银行",), "协会": ("协会",)}
_BARE = re.compile(rf"(?:(?<=[，。、；：,;:])|^)({'|'.join(BARE_KINDS)})")
# 该 and a body's kind or head (该院护士长, 该公司董事长, 该局局长): the body of that kind the article named last.
_JOINED = ("与", "和", "及", "、", "同")
_THAT = re.compile(rf"该({'|'.join(sorted({*BARE_KINDS, *SELF_HEADS}, key=lambda k: (-len(k), k)))})")


# The head of a place's government: 副县长 after 灵璧县, 挂职副区长 after 武侯区.
_HEAD_OF = re.compile(r"(?:挂职|常务)?副?(" + chars_class(CHARS) + ")长")
# The head of a state or of its government, after the country's name: 俄罗斯总统A, 日本首相B;
_HEAD_OF_STATE = re.compile(r"(?:前|原|时任)?(?:第一)?(?:国家副?主席|副?总统|副?总理|副?首相|国王|女王|副?外长|副?外交部长|副?议长"
                            r"|行政长官|(?:最高)?领导人|(?:总统|首相|总理)(?:新闻秘书|发言人)"  # 俄罗斯总统新闻秘书A  # (俄罗斯副外长A, 卢森堡副首相B, 巴勒斯坦领导人C)
                            r"|[\u4e00-\u9fff]{0,6}?大臣"  # 外交大臣, 新闻国务大臣
                            r"|驻[\u4e00-\u9fff]{1,6}?(?:特命全权)?(?:大使|总领事))")  # and its envoys: 俄罗斯驻华大使A
# A state's minister after its country: 国防部长, 经济和财政部长, 副部长.
_LEADERS = re.compile(r"(?:主要|有关|相关)?领导")
# The heads a village or a community has, named right after it with no body between (白石村第一书记A, 东街社区书记B,
# 红旗村村主任C): members of the place as a body politic, as a town's 镇长 is.
_LOCAL_HEAD = re.compile(r"(?:驻村)?第一书记|副?书记|支书|(?:村|居委会)?副?主任|村长|网格长")
_LOCALITY_END = ("村", "社区")
_MINISTER = re.compile(r"(?:前|原|时任)?[\u4e00-\u9fff]{1,8}?部(?:副)?部?长")
# A department's head, then its officer's title, right before the name: …社团部副部长.
_DEPT_TITLE = re.compile(r"(部|处|科|室|办|局)((?:常务)?副?(?:部长|处长|科长|主任|局长))$")
_BODY_ENDS = set("社委局院厅会行司")
# A unit of a body named between it and its head's title: 青山公司柳林电厂厂长, 市公安局城关派出所所长.
_UNIT_TITLE = re.compile(r"((?:(?!兼)[\u4e00-\u9fff]){2,6}?(?:电厂|工厂|分厂|矿|站|派出所|分公司|分局|支行|分行|车间|中队|大队|支队))"
                         r"((?:常务)?副?(?:厂长|矿长|站长|所长|经理|总经理|行长|局长|主任|队长|书记))")
_AFTER_NAME = re.compile(r"[（(][\u4e00-\u9fff、]{2,24}[）)]")
# A comma after a person's name, before the body and title in apposition: 张三，青山公司总经理，
_APPOSED = re.compile(r"[，,]")
# Going to a place or a body, after a person and a title: 王五会长赴…, 李四局长一行到… (not 到任, taking office).
_GOES = re.compile(r"(?:一行)?(?:又|再次|专程)?(?:到(?!任)|赴|来到|前往|深入|走进|莅临|到访)")
# Taking office at the body one goes to: 到青山县教育局任职, 到…任党组书记, 到…工作以来.
_TAKES_OFFICE = re.compile(r"(?:后)?(?:任职|上任|履职|工作以来|工作后|任(?!务))")
# A school's student, by the year of entry (2019级本科生, 2021级硕士研究生), or by the grade (五年级学生) or bare (学生)
# after a school's name (:data:`_SCHOOL`).
_STUDENT = re.compile(r"(?:\d{4}|[一二三四五六七八九〇零]{4})级(?P<role>(?:本科|硕士|博士)?(?:研究)?生|学生|新生)")
_PUPIL = re.compile(r"(?:[一二三四五六七八九]年级)?(?P<role>学生)")
# How a school's name ends (青山小学, 白石中学, 青山大学, 青山职业技术学院, 青山县幼儿园, 青山一中, 青山中专).
_SCHOOL = ("学校", "小学", "中学", "大学", "学院", "幼儿园", "中专", "职中", "一中", "二中", "三中", "附中", "完小", "校区")
# (an honorific may stand between the name and the verb: 王五先生受聘担任…; 受聘 appoints as 当选 elects)
_ELECTED = re.compile(r"(?:先生|女士|同志)?(?:当选为|当选|受聘担任|受聘为|受聘|担任|出任|兼任|任)")
_SPACES = re.compile(r"[ \u3000]{0,2}")
# Named to an office (孙五为作协名誉主席、…), the office closing its clause (:data:`_CLAUSE_END`: not 王五为县委书记、县长
# 汇报).
_NAMED_AS = re.compile(r"为")
_CLAUSE_END = re.compile(r"[，,；;。！？!?）)\n]|、(?=[\u4e00-\u9fff·]{2,4}为)|$")  # (、 only before the next one named)
# The count that closes a list of names: 等, 等14人.
_COUNTED = re.compile(r"等(?:[\d一二三四五六七八九十百]+(?:人|位|名))?")
# Between the body a person is elected to and the office: 新一届会长, 第二届理事.
_TERM = re.compile(r"新一届|新任|第[一二三四五六七八九十\d]+届")
# The kinds of bodies whose members elect their officers, named by the kind alone once named in full (联合会会长):
# the heads of bodies that end in 会, save those a level or a village stands before (村委会, 居委会).
_ELECTING = tuple(sorted((h for h in SUFFIXES if h.endswith("会") and h not in STANDALONE_BODIES), key=lambda h: (-len(h), h)))


def _after_function_words(title: str) -> str:
    """A title read back from a name with the words before it that no title holds cut off: 由 or a conjunction that
    joins people (和, 及, 并) and what stands before it, where an office's title alone follows (最后由副县长 → 副县长,
    并由局长, 和副县长; not 常务副县长, 党组书记局长; not 和龙市长, 无为市长, places; nor after 与, 同, 跟, of another
    party: 代表团与副市长, a host's).

    Examples:
        >>> _after_function_words("最后由副县长"), _after_function_words("沈明和省长"), _after_function_words("常务副县长")
        ('副县长', '省长', '常务副县长')
        >>> _after_function_words("和龙市长"), _after_function_words("团与副市长"), _after_function_words("无为市长")
        ('和龙市长', '团与副市长', '无为市长')
    """
    cut = max((w.end for w in words(title) if w.text in _JOINS_PEOPLE and _OFFICE.fullmatch(title, w.end)), default=0)
    return title[cut:]


# The words before a title that open no title's qualifier: 由 (会议最后由副县长王五…) and the conjunctions of a list of
# people (书记王五和省长李四; not 与, 同, 跟: who stands after them is another party's, 代表团与副市长王五座谈).
_JOINS_PEOPLE = ("由", "和", "及", "并")


def _list_start(text: str, person: Mention, people: list[Mention]) -> Mention:
    """The first person of the list of names, joined by 、, that ``person`` stands in (王五、李四、赵六: 王五 for 赵六;
    ``people``: the article's persons, in order).

    Examples:
        >>> t = "王五、李四、赵六等"
        >>> people = [Mention(0, 2, "Person", "王五", 1), Mention(3, 5, "Person", "李四", 1), Mention(6, 8, "Person", "赵六", 1)]
        >>> _list_start(t, people[2], people).text, _list_start(t, people[0], people).text
        ('王五', '王五')
    """
    first = person
    while True:
        k = bisect_left(people, first.start, key=lambda x: x.start)
        if k == 0 or people[k - 1].end + 1 != first.start or text[people[k - 1].end] != "、":
            return first
        first = people[k - 1]


def _list_end(text: str, person: Mention, people: list[Mention]) -> int:
    """Where the list of names that ``person`` opens or stands in ends, with its count (王五、李四等14人):
    the offset after it, where what the listed people do is said (``people``: the article's persons, in order).

    Examples:
        >>> t = "王五、李四等2人当选为会长。"
        >>> people = [Mention(0, 2, "Person", "王五", 1), Mention(3, 5, "Person", "李四", 1)]
        >>> t[_list_end(t, people[0], people):]
        '当选为会长。'
    """
    end = person.end
    for m in people[bisect_left(people, person.end, key=lambda x: x.start):]:
        if m.start == end + 1 and text[end] == "、":
            end = m.end
        elif m.start > end:
            break
    count = _COUNTED.match(text, end)
    return count.end() if count else end


def _elected_to(text: str, at: int, orgs: list[Mention]) -> list[tuple[Mention, int]]:
    """The body named right after 当选为 and where the office after it begins: a body's name (青山市作家协会),
    or the kind of a body the article named in full (联合会 for 青山市志愿服务联合会, when it names one such
    body), a new term between them (新一届) left out.

    Examples:
        >>> orgs = [Mention(0, 10, "Organization", "青山市志愿服务联合会", 1)]
        >>> t = "青山市志愿服务联合会召开大会。王五当选为联合会新一届会长。"
        >>> [(o.text, t[i:i + 2]) for o, i in _elected_to(t, t.index("联合会新"), orgs)]
        [('青山市志愿服务联合会', '会长')]
        >>> t = "王五当选为新一届作协主席"
        >>> [(o.text, t[i:i + 2]) for o, i in _elected_to(t, 5, [Mention(8, 10, "Organization", "作协", 1)])]
        [('作协', '主席')]
        >>> t = "白石县作家协会召开大会。王五当选为新一届县作协主席"
        >>> [(o.text, t[i:i + 2]) for o, i in _elected_to(t, 17, [Mention(0, 7, "Organization", "白石县作家协会", 1)])]
        [('白石县作家协会', '主席')]
    """
    out = []
    before = _TERM.match(text, at)  # (新一届作协主席: the term before the body)
    starts = (at, before.end()) if before else (at,)
    for org in orgs:
        if org.start in starts:
            term = _TERM.match(text, org.end)
            out.append((org, term.end() if term else org.end))
    if out:
        return out
    # a body named by its kind written short (作协 of 青山县作家协会: kg.extract.short_form.abbreviations), the one
    # body the article names that it fits
    short = {(o.text, p + len(ab)): o for p in starts for o in orgs for ab in abbreviations(o.text)
             if text.startswith(ab, p)}
    if len({name for name, _ in short}) == 1:
        (_, end), org = max(short.items(), key=lambda x: x[0][1])
        term = _TERM.match(text, end)
        return [(org, term.end() if term else end)]
    kind = next((k for k in _ELECTING if text.startswith(k, at)), None)
    named = {o.text: o for o in orgs if kind and o.text.endswith(kind) and len(o.text) > len(kind)}
    if len(named) == 1:
        term = _TERM.match(text, at + len(kind))
        return [(next(iter(named.values())), term.end() if term else at + len(kind))]
    return []


# What may stand between 当选为 and a bare office: the term, a part-time or full-time post (新一届兼职副主席).
_BARE_OFFICE = re.compile(rf"(?:{_TERM.pattern})?(?:兼职|专职)?")


def _electing(text: str, elected: re.Match, orgs: list[Mention]) -> list[tuple[Mention, int]]:
    """The body an office named bare after 当选为 is of (王五当选为主席): the last body named before it whose members
    elect their officers (a …协会, …联合会, …商会: :data:`_ELECTING`, not a 委员会), where the office begins; none
    after 担任, 任 (a post, given, of any body).

    Examples:
        >>> t = "青山县作家协会召开大会。王五当选为主席，李四当选为兼职副主席。"
        >>> orgs = [Mention(0, 7, "Organization", "青山县作家协会", 1)]
        >>> [(o.text, t[i:i + 3]) for o, i in _electing(t, _ELECTED.match(t, 14), orgs)]
        [('青山县作家协会', '主席，')]
        >>> [(o.text, t[i:i + 3]) for o, i in _electing(t, _ELECTED.match(t, 22), orgs)]
        [('青山县作家协会', '副主席')]
        >>> _electing("青山县作家协会召开大会。王五任主席", _ELECTED.match("青山县作家协会召开大会。王五任主席", 14), orgs)
        []
    """
    if not elected.group().endswith(("当选为", "当选")):
        return []
    at = _BARE_OFFICE.match(text, elected.end()).end()
    if not _OFFICE.match(text, at):
        return []
    last = max((o for o in orgs if o.end <= elected.start() and o.text.endswith(_ELECTING)
                and not o.text.endswith("委员会")), key=lambda o: o.start, default=None)
    return [(last, at)] if last is not None else []


# The heads of police and enforcement units, whose head's title holds the whole head (大队长, 支队长: no 队长 of any 队).
_SQUADS = ("大队", "支队", "中队", "总队")
_HEADED = re.compile(r"(?:常务)?副?([大支中总]队|[\u4e00-\u9fff])长$")
_SQUAD_HEADS = tuple(squad + "长" for squad in _SQUADS)  # (大队长, 支队长: a title of that squad only)


def _head_title(body: str) -> str:
    """The title of a body's head where the text fuses it with the body's name (组织部长, 公安局长, 交警大队长).

    Examples:
        >>> _head_title("组织部"), _head_title("交警大队")
        ('部长', '大队长')
    """
    return (body[-2:] if body.endswith(_SQUADS) else body[-1]) + "长"


# A title alone, with no qualifier that could name another body (世行行长 is not 行长 of the body before).
_BARE_TITLE = re.compile(rf"(?:常务)?副?(?:{_TITLE_WORDS})")
# The titles of a party body (书记 of a 党委, 委员 of a 党组), not of the unit it serves.
_PARTY_TITLE = re.compile(r"书记|委员|常委")
# A party committee's one post, a chain of its own (党委副书记; not 组织委员, a post in the committee alone).
_COMMITTEE_POST = re.compile(r"副?书记|委员|常委")
# What China's own central bodies open with, in a chain that goes on with 国家主席.
_CHINAS = ("中共", "中国", "中央", "全国", "国务院")


# Officers' titles that name no head, and the bodies they serve in: the article's one police body, court or
# procuratorate.
_POLICE_BODIES = ("公安局", "公安分局", "派出所", "公安处")
_SERVES_IN = {"民警": _POLICE_BODIES, "辅警": _POLICE_BODIES, "法警": ("法院", "检察院"), "法官": ("法院",),
              "检察官": ("检察院",)}


def body_of_title(title: str, orgs: list[Mention], unit: Mention | None = None, chain: Mention | None = None,
                  seated: dict[str, Mention] | None = None) -> Mention | None:
    """The body a head's title names without naming it (副市长 → the 市政府 or 青山市人民政府 of the article,
    部长 after 总务部党委书记 → 总务部, 副校长 → the article's one school, 民警 → its one police body): ``unit``
    first, when the title heads a body of its kind, else the one body of that kind the article names. A level's head
    heads the government of his own place: the place of his chain of titles (``chain``, its first body: 青山市委副书记、
    市长), else the article's seat of that level (``seated``, :func:`kg.extract.relation.seats`): a …人民政府 is taken
    only where it is that place's (not 白水市人民政府 of a city visited or signed with, nor one named alone, maybe
    another's), or in a chain of a bare 市委 (the article's); a …市政府 is taken as the one body of its kind. A bare 市政府
    beside a full name is the same body.

    Examples:
        >>> orgs = [Mention(0, 3, "Organization", "市政府", 1), Mention(5, 10, "Organization", "开封市十四中", 1)]
        >>> body_of_title("副市长", orgs).text, body_of_title("德育副校长", orgs).text, body_of_title("局长", orgs)
        ('市政府', '开封市十四中', None)
        >>> orgs += [Mention(12, 15, "Organization", "青山中学", 1), Mention(20, 25, "Organization", "开封市十四中", 1)]
        >>> body_of_title("校长", orgs).text  # two schools: the one the article names most
        '开封市十四中'
        >>> body_of_title("校长", orgs[:-1])  # named as often as each other: neither
        >>> body_of_title("民警", [Mention(0, 6, "Organization", "青山公安分局", 1)]).text  # a police officer
        '青山公安分局'
        >>> body_of_title("法警", [Mention(0, 7, "Organization", "青山县人民法院", 1)]).text  # a court's
        '青山县人民法院'
        >>> courts = [Mention(0, 4, "Organization", "云阳法院", 1), Mention(5, 12, "Organization", "云阳县人民法院", 1)]
        >>> body_of_title("副院长", courts).text  # one court, named short and in full
        '云阳县人民法院'
        >>> govs = [Mention(0, 7, "Organization", "白水市人民政府", 1), Mention(8, 11, "Organization", "市政府", 1)]
        >>> body_of_title("市长", govs).text, body_of_title("市长", govs[:1])  # (a …人民政府 alone: maybe another's)
        ('市政府', None)
        >>> seated = {"市": Mention(0, 3, "Place", "白水市", 1)}
        >>> body_of_title("市长", govs[:1], seated=seated).text  # the article's city's
        '白水市人民政府'
        >>> body_of_title("市长", govs[:1], chain=Mention(12, 16, "Organization", "青山市委", 1), seated=seated)
        >>> two = [Mention(0, 5, "Organization", "青山市政府", 1), Mention(6, 11, "Organization", "白水市政府", 1)]
        >>> body_of_title("市长", two, chain=Mention(12, 16, "Organization", "白水市委", 1)).text  # (his own city's)
        '白水市政府'
        >>> courts.append(Mention(13, 17, "Organization", "青山中院", 1))
        >>> body_of_title("院长", courts, chain=courts[-1]).text  # (the chain's own court, not the most named one)
        '青山中院'
    """
    m = _HEADED.search(title)
    serves = next((bodies for officer, bodies in _SERVES_IN.items() if title.endswith(officer)), None)
    if m is None and serves is None:
        return None
    head = m.group(1) if m is not None else ""
    ends = (serves if m is None else (head + "政府", head + "人民政府") if head in GOVERNMENT_CHARS
            else SELF_HEADS.get(head, (head,)))
    if unit is not None and unit.text.endswith(ends):
        return unit
    if chain is not None and head not in GOVERNMENT_CHARS and chain.text.endswith(ends) and _OFFICE.fullmatch(title):
        return chain  # (青山中院党组书记、院长: the chain's court, whichever court the article names most)
    # (a college named by its field is a school's unit, headed by a 院长: no 校长's school)
    named = bodies_of_kind(orgs, ends, school=head == "校")
    if head and head in GOVERNMENT_CHARS:
        # whose government: the chain's place, else the article's seat of the level (市委, a bare name: no place)
        seat = (seated or {}).get(head)
        own = chain.text.removeprefix("中共") if chain is not None else seat.text if seat is not None else ""
        place = own.partition(head)[0]
        # (a …人民政府 is taken only as his own place's: a …市政府 as before, the one body of its kind)
        named = {n: o for n, o in named.items() if not n.endswith("人民政府") or n.partition(head)[0] in ("", place)
                 or not place and chain is not None}  # (市委副书记、市长: the article's)
        if len(named) > 1:  # (市政府 beside 红河市人民政府: one government, named short)
            named.pop(head + "政府", None)
        # (several cities' governments named: his own place's, 红河市政府 beside 白水市政府)
        own_place = {n: o for n, o in named.items() if n.partition(head)[0] == place}
        named = own_place or named
    if len(named) == 1:
        return next(iter(named.values()))
    # one body named in full and short (云阳县人民法院, 云阳法院: the short name's characters, in order, in the full one)
    full = max(named, key=lambda n: (len(n), n), default="")
    if len(named) > 1 and all(_written_short(full, n) for n in named):
        return named[full]
    if head in _SQUADS:
        return None  # (two brigades, 交通执法大队 and 县交警大队: a 大队长 is either's)
    # several names of that kind (开封市第十四中学, 开封十四中, 市十四中: mostly one school named in several ways):
    # the article's main body, when it is one of them
    main = main_actor([o for o in orgs if o.extractor != "names"])
    return main if main is not None and main.text in named else None


def _colleagues_body(text: str, out: list, person: Mention, title: str, at: int) -> Mention | None:
    """The body a head's title without a body's name names, where the text says whose: the body the person already holds
    that title in, in the same article (青山市林业局局长王五 … 王五局长: that bureau, not another the article names more), or
    the body of the titled person listed right before the title at ``at`` (局长王五，副局长李四: 王五's bureau; not 世行行长
    after 新开发银行行长A: a title with a body's name the recognizers missed); None where neither.

    Examples:
        >>> from kg.model import Evidence
        >>> t = "青山市林业局局长王五，副局长李四出席。区林业局汇报。"
        >>> bureau, wang = Mention(0, 6, "Organization", "青山市林业局", 1), Mention(8, 10, "Person", "王五", 1)
        >>> out = [Relation(wang, "memberOf", bureau, Evidence(1, 0, 10, t[:10], "role"), role="局长")]
        >>> _colleagues_body(t, out, Mention(14, 16, "Person", "李四", 1), "副局长", 11).text
        '青山市林业局'
        >>> _colleagues_body(t, out, Mention(14, 16, "Person", "李四", 1), "副校长", 11)  # (no school)
        >>> _colleagues_body(t, out, Mention(14, 16, "Person", "李四", 1), "区局长", 11)  # (another's, named short)
        >>> _colleagues_body(t + "副局长王五说", out, Mention(28, 30, "Person", "王五", 1), "副局长", 25)  # (not his title)
        >>> out = [Relation(wang, "memberOf", bureau, Evidence(1, 0, 10, t[:10], "role"), role="常务副局长")]
        >>> _colleagues_body(t + "副局长王五说", out, Mention(28, 30, "Person", "王五", 1), "副局长", 25).text
        '青山市林业局'
        >>> _colleagues_body(t + "局长王五说", out, Mention(27, 29, "Person", "王五", 1), "局长", 25)  # (a deputy's)
        >>> _colleagues_body(t + "副局长王五说", out, Mention(28, 30, "Person", "王五", 2), "副局长", 25)  # (another article)
    """
    for r in reversed(out):
        if not (isinstance(r, Relation) and r.predicate == "memberOf" and r.role and r.subject.type == "Person"):
            continue
        same = r.subject.text == person.text and r.subject.article == person.article \
            and r.subject.start < person.start and r.role.endswith(title) \
            and (title.startswith("副") or not r.role[: -len(title)].endswith("副"))  # (常务副局长: 副局长; not 局长)
        listed = r.subject.end < at and text[r.subject.end : at] in ("，", ",", "、") and title in TITLES
        if (same or listed) and body_of_title(title, [r.obj]) is r.obj or same and r.obj.type == "Place":
            return r.obj  # (市长 of a city he is the mayor of: the place, as his first title read it)
    return None


def _bare_titles_body(text: str, out: list, person: Mention, title: str, at: int, orgs: list[Mention],
                      seated: dict[str, Mention]) -> Mention | None:
    """The body of a head's title named without one, before or after ``person`` (``at``: where the title starts, as
    :func:`_colleagues_body` takes it): the colleague's or the person's own body, else the one body of its kind the
    article names (:func:`body_of_title`), else the article's place of its level (:func:`seat_of_title`)."""
    return (_colleagues_body(text, out, person, title, at) or body_of_title(title, orgs, seated=seated)
            or seat_of_title(title, seated))


def _written_short(name: str, short: str) -> bool:
    """Whether ``short`` is ``name`` with characters left out (云阳法院 of 云阳县人民法院), ending as it does, or the
    name after its place's, from the level on (市交通执法大队 of 如皋市交通执法大队).

    Examples:
        >>> _written_short("云阳县人民法院", "云阳法院"), _written_short("云阳县人民法院", "奉节法院")
        (True, False)
        >>> _written_short("如皋市交通执法大队", "市交通执法大队"), _written_short("如皋市交通执法大队", "县交通执法大队")
        (True, False)
    """
    if short[0] in GOVERNMENT_CHARS and len(short) >= 3 and name.endswith(short):
        return True
    rest = iter(name)
    return name.endswith(short[-1]) and name[:2] == short[:2] and all(ch in rest for ch in short)


# The head of a government titled by its level alone: 副市长, 常务副县长, 自治区副主席.
_GOVERNMENT_HEAD = re.compile(r"(?:挂职|常务)?副?(" + chars_class(GOVERNMENT_CHARS + BANNER) + r")长|(自治区)(?:常务)?副?主席"
                              r"|(国家)副?主席")  # the state's head, in Chinese news China's (seats() gives 国家)


def seat_of_title(title: str, seated: dict[str, Mention]) -> Mention | None:
    """The place whose government a head's title names by its level alone (副县长 → the article's
    one county, 自治区副主席 → its autonomous region): a member of the place as a body politic.

    Examples:
        >>> seated = {"县": Mention(0, 3, "Place", "青山县", 1)}
        >>> seat_of_title("副县长", seated).text, seat_of_title("副市长", seated), seat_of_title("局长", seated)
        ('青山县', None, None)
    """
    head = _GOVERNMENT_HEAD.fullmatch(title)
    return seated.get(head.group(1) or head.group(2) or head.group(3)) if head else None


def _title_len(text: str, at: int) -> int:
    """The length of the longest title that starts at ``at`` (0 when none does), its deputy's too (副研究员, 副教授).

    Examples:
        >>> _title_len("王五研究员", 2), _title_len("王五副研究员", 2), _title_len("王五副食店", 2)
        (3, 4, 0)
    """
    own = max((len(t) for t in TITLES if text.startswith(t, at)), default=0)
    deputy = max((len(t) for t in TITLES if text.startswith(t, at + 1)), default=0) if text.startswith("副", at) else 0
    return own or (1 + deputy if deputy else 0)


def _department(s: Sentence, at: int, found: list[Mention], article: int) -> tuple[Mention, str] | None:
    """A department named only in a title before a person (率总社科教社团部副部长A): the
    department as an organization mention, and the title (``at``: the person's offset in the
    document).

    Examples:
        >>> from kg.tagger import tag_documents
        >>> from kg.text import parse
        >>> doc = parse("张三率市委宣传部副部长王五出席。")
        >>> tag_documents([doc])
        >>> sentence = doc.articles[0].sentences[0]
        >>> org, title = _department(sentence, sentence.offset(11), [], 1)
        >>> org.text, title
        ('市委宣传部', '副部长')
    """
    from .organization import name_start

    local = s.index_at(at)
    head = _DEPT_TITLE.search(s.text, max(0, (local or 0) - MAX_CHAIN), local or 0)
    if local is None or head is None:
        return None
    begin = name_start(s.text, head.start(1), lac={t.start: t.tag for t in s.tokens})
    if head.end(1) - begin < 3 or s.text[begin - 1 : begin] == "各":
        return None  # (襄阳市各县市区农机局局长: the heads of a kind of body, every county's, no one department)
    start, end = s.span(begin, head.end(1))
    if any(m.start < end and start < m.end and m.type != "Person" for m in found):
        return None
    return Mention(start, end, "Organization", s.text[begin : head.end(1)], article, "role"), s.text[head.end(1) : local]


def _parent_in_name(org: Mention) -> Mention | None:
    """The body a department's name opens with, where its first word ends in a body's head
    (总社 in 总社科教社团部).

    Examples:
        >>> _parent_in_name(Mention(0, 7, "Organization", "总社科教社团部", 1)).text
        '总社'
    """
    first = words(org.text)[0]
    if first.text[-1:] in _BODY_ENDS and 2 <= len(first.text) and len(org.text) - first.end >= 3:
        return Mention(org.start, org.start + first.end, "Organization", first.text, org.article, "role")
    return None


# Titles many hold at once, which a list of names after a chain of titles shares: a committee's members, deputies.
_SHARED_TITLE = re.compile(r"(?:(?<!主任)委员|常委|成员|理事|董事|(?<!首席)代表)$|^副")
# An honour or a distinction in a chain of titles, no post in a body: 国家杰出青年基金获得者, 博士生导师, 全国劳动模范
# (a field of expertise too, …专家; not 首席专家, a post).
_HONOUR = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:获得者|得主|导师|学者|劳动模范|劳模|模范|标兵|能手|名师|(?<!首席)(?<!特聘)专家)")


def _first_title(between: str) -> str:
    """The first title of a chain, without the 领导 that may open it (商会领导常务副会长: one of its leaders).

    Examples:
        >>> _first_title("领导常务副会长"), _first_title("党组书记、主任")
        ('常务副会长', '党组书记')
    """
    first = between.split("、")[0]
    return first[2:] if first.startswith("领导") and _TITLE.fullmatch(first, 2) else first


# A note in brackets on a post right after it: held besides another (兼), on secondment (挂职), its grade (正处级), the
# work led without the post (主持工作).
_POST_NOTE = re.compile(r"[（(](?:兼|兼任|兼职|挂职(?:锻炼)?|主持工作|[正副](?:厅|处|科|县|局)级)[）)]")


def title_chain(between: str, orgs_inside: list[str]) -> bool:
    """Whether ``between`` is a chain of titles joined by 、 that starts with a title proper;
    a later title may open with an organization's name (``orgs_inside``).

    Examples:
        >>> title_chain("党组书记、主任", []), title_chain("书记、人大常委会主任", ["人大常委会"])
        (True, True)
        >>> title_chain("的学生", []), title_chain("书记、王五", []), title_chain("邀请专家", [])
        (False, False, False)
        >>> title_chain("院长、国家杰出青年基金获得者", []), title_chain("教授、博士生导师", [])
        (True, True)
        >>> title_chain("海外业务副总裁、新能源事业部部长", []), title_chain("副书记、市运会组委会主任、市长", [])
        (True, True)
        >>> title_chain("领导常务副会长", [])
        True
    """
    if not 1 < len(between) <= MAX_CHAIN or not between.replace("、", "").isalpha():
        return False
    if INVITE.search(between):
        return False  # 青山中学邀请专家王五: an invited guest, no member
    first, *rest = between.split("、")
    first = _first_title(first)  # 青山商会领导常务副会长A: one of the body's leaders, its 常务副会长
    if not _TITLE.fullmatch(first) and not (rest and _long_title(first)) and not (not rest and _staff_post(first)):
        return False
    if _acts_before(first):
        return False  # 代表团已获得俄总统普京: a verb's clause between the body and a title, no chain of titles
    for piece in rest:
        piece = next((piece[len(o):] for o in orgs_inside if piece.startswith(o) and len(piece) > len(o)), piece)
        piece = _fused(piece, orgs_inside)
        if not _TITLE.fullmatch(piece) and not _long_title(piece) and not _HONOUR.fullmatch(piece):
            return False
    return True


_TITLES_LONGEST_FIRST = tuple(sorted(TITLES, key=len, reverse=True))


# What one is in a body's care or before it, no post in it (涉案人员, 重伤员).
_NO_POST = ("涉案人员", "伤员")


def _staff_post(title: str) -> bool:
    """Whether ``title`` is a post in the body of three or four characters ending in 员 (护林员, 技术员, 宣讲员, as the
    labeled data's names stand after 运动员, 饲养员, 投递员): one noun, or one word and 员; not a word of two (动员, a
    verb too) nor a longer phrase (优秀宣讲员).

    Examples:
        >>> _staff_post("护林员"), _staff_post("技术员"), _staff_post("宣讲员"), _staff_post("动员"), _staff_post("优秀宣讲员")
        (True, True, True, False, False)
        >>> _staff_post("涉案人员"), _staff_post("重伤员"), _staff_post("工作人员")
        (False, False, True)
    """
    ws = words(title)
    return 3 <= len(title) <= 4 and title.endswith("员") and not title.endswith(_NO_POST) and (
        len(ws) == 1 and ws[0].pos.startswith("n") or len(ws) == 2 and ws[1].text == "员")


def _acts_before(title: str) -> bool:
    """Whether the words before the title word at the end of ``title`` hold a one-character adverb, a conjunction, a
    particle or a preposition but 由, or open with a verb of one character (已获得俄总统, 和旅游局副局长, 通过针对总统,
    称前总统: a clause), where a title's own words stand (常务副会长, 统战委员, 挂职副县长, 书记兼总经理; and 由主席 of
    工会由主席王五带队, who leads the body's team).

    Examples:
        >>> _acts_before("已获得俄总统"), _acts_before("和旅游局副局长"), _acts_before("称前总统"), _acts_before("通过针对总统")
        (True, True, True, True)
        >>> _acts_before("常务副会长"), _acts_before("统战委员"), _acts_before("书记兼总经理"), _acts_before("由主席")
        (False, False, False, False)
    """
    if _TITLE.fullmatch(title) is None:
        return False
    word = next((t for t in _TITLES_LONGEST_FIRST if title.endswith(t)), "")
    ws = words(title[: len(title) - len(word)]) if word else []
    return any(w.pos in ("c", "u", "ul", "uj") or w.pos == "d" and len(w.text) == 1 or w.pos == "p" and w.text != "由"
               for w in ws) or (
        bool(ws) and ws[0].pos == "v" and len(ws[0].text) == 1)  # (not 也门 of 也门问题特使, an adverb to jieba)


def _fused(piece: str, orgs_inside: list[str]) -> str:
    """A title's piece left after a department's name fused with its head's title (长 of 教育局长): the head's whole
    title (局长); any other piece as it is.

    Examples:
        >>> _fused("长", ["教育局"]), _fused("长", ["青山中学"]), _fused("副主任", [])
        ('局长', '长', '副主任')
    """
    if piece == "长":
        fused = next((o[-1] + "长" for o in orgs_inside if o[-1] + "长" in TITLES), None)
        return fused or piece
    return piece


# The departments a chain names bare after its first body (宣传部, 办公室, 新能源事业部).
_UNIT_ENDS = ("部", "办", "处", "科", "室")
# The bodies that have such departments: the heads a body speaks of itself by (校, 公司, 委), and governments.
_HAS_UNITS = tuple(sorted({h for heads in SELF_HEADS.values() for h in heads} | {"政府"}))
# The bodies whose committees (…委: 人代工委, 财经委) are named bare in a list after their members.
_HAS_COMMITTEES = ("常委会", "人大", "政协")


def _committee_of(unit: str, body: str) -> bool:
    """Whether a committee named bare (…委) in a list after a member of ``body`` is ``body``'s: a government's (发改委
    of 市政府); a congress's or a conference's where it is no government's kind (财经委 of 县人大常委会, not 发改委); never
    a party committee's, whose 纪委 is a body of its own.

    Examples:
        >>> _committee_of("发改委", "市政府"), _committee_of("财经委", "县人大"), _committee_of("发改委", "县人大常委会")
        (True, True, False)
        >>> _committee_of("纪委", "县委")
        False
    """
    return body.endswith("政府") or body.endswith(_HAS_COMMITTEES) and by_suffix(unit) != "government"


def _same_field(unit: str, body: str) -> bool:
    """Whether a ministry (…部) is of the field a bureau's or a department's name (…局, …厅) ends with: the body of that
    field at another level, no unit of it.

    Examples:
        >>> _same_field("文化和旅游部", "青山县文化和旅游局"), _same_field("商务部", "县商务局")
        (True, True)
        >>> _same_field("投资发展部", "青山投资发展集团"), _same_field("人力资源科", "县人力资源局"), _same_field("总部", "税务总局")
        (False, False, False)
        >>> _same_field("设计部", "青山设计院")  # (an institute's department)
        False
    """
    return unit.endswith("部") and body.endswith(("局", "厅")) and len(unit) >= 3 and body[:-1].endswith(unit[:-1])


def _bare_units(text: str, org: Mention, between: str, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """The bodies that open a later title of a chain after ``org`` and are named bare, as its departments are (市委常委、
    宣传部部长: 宣传部; not 市纪委 of 市委常委、市纪委书记, named by its level, nor a body named by a place or as China's,
    nor the departments of a body that has none, or of the centre: 中共中央政治局委员、中宣部部长).

    Examples:
        >>> t = "市委常委、宣传部部长王五"
        >>> orgs = [Mention(0, 2, "Organization", "市委", 1), Mention(5, 8, "Organization", "宣传部", 1)]
        >>> [o.text for o in _bare_units(t, orgs[0], "常委、宣传部部长", orgs, [])]
        ['宣传部']
        >>> t = "组织部部长、统战部部长王五"  # (a department beside another, no unit of it)
        >>> orgs = [Mention(0, 3, "Organization", "组织部", 1), Mention(6, 9, "Organization", "统战部", 1)]
        >>> _bare_units(t, orgs[0], "部长、统战部部长", orgs, [])
        []
    """
    out, at = [], org.end
    if not org.text.endswith(_HAS_UNITS) or org.text.startswith("中"):
        return []  # (中共中央政治局委员、中宣部部长: no department of the Politburo)
    for i, piece in enumerate(between.split("、")):
        if i:
            o = next((o for o in orgs if o.start == at and text.startswith(o.text, at)), None)
            if (o is not None and o.text.endswith(_UNIT_ENDS) and not o.text.startswith(("中", *_CHINAS))
                    and o.text[0] not in CHARS and not any(p.start == o.start for p in places)
                    and o.text[-1] != org.text[-1]):  # (组织部部长、统战部部长: two departments of one body, side by side)
                out.append(o)
        at += len(piece) + 1
    return out


def _named_unit(org: Mention, orgs: list[Mention]) -> Mention | None:
    """The body whose party or staff body ``org`` is, where the article names it as a body and its name opens
    ``org``'s (总务部 of 总务部党委; 青山能源 of 青山能源党委, though 能 ends no unit's name): its mention inside ``org``'s
    name where one was read, else the article's first mention of it (the relation's evidence stays the chain's);
    None where the article names no such body.

    Examples:
        >>> orgs = [Mention(0, 4, "Organization", "青山能源", 1), Mention(10, 16, "Organization", "青山能源党委", 1)]
        >>> _named_unit(orgs[1], orgs).start, _named_unit(orgs[1], orgs[1:])
        (0, None)
        >>> _named_unit(orgs[1], [*orgs, Mention(10, 14, "Organization", "青山能源", 1)]).start  # (the one inside)
        10
    """
    prefix = party_prefix(org.text)
    return min((o for o in orgs if o.text == prefix), key=lambda o: o.start != org.start, default=None)


def _long_title(piece: str) -> bool:
    """A title with up to eight characters before its word, none of them a verb, an adverb or a preposition (海外业务副总裁;
    not 依法对青山军委原委员).

    Examples:
        >>> _long_title("海外业务副总裁"), _long_title("依法对青山军委原委员")
        (True, False)
    """
    return bool(_LONG_TITLE.fullmatch(piece)) and not any(w.pos[:1] in ("v", "d", "p", "c") and w.text != "兼"
                                                          for w in words(piece))  # (国务委员兼国防部长: two titles)


@register("role")
def extract(doc: Document, mentions: list[Mention]) -> list[Mention | Relation]:
    """memberOf relations with the role; sets ``role`` on persons with a title."""
    out: list[Mention | Relation] = []
    by_article: dict[int, list[Mention]] = {}
    for m in mentions:
        by_article.setdefault(m.article, []).append(m)
    for a in doc.articles:
        found = by_article.get(a.index, [])
        orgs = sorted((m for m in found if m.type == "Organization"), key=lambda m: m.start)
        _of_the_chains_city(doc.text, orgs)
        places = [m for m in found if m.type == "Place"]
        seated = article_seats(places, a, doc.text)
        people = sorted((m for m in found if m.type == "Person"), key=lambda m: m.start)
        for person in (m for m in found if m.type == "Person" and m.extractor != "byline"):
            s = a.sentence_at(person.start)
            if s is None:
                continue
            # local index of the person in the sentence
            local = s.index_at(person.start)
            if local is None:
                continue
            before = s.text[max(0, local - 12) : local]
            member = False
            # An organization that ends before a title or a chain of titles: the chain is what lies between.
            for org in orgs:
                if not (s.start <= org.start and org.end <= person.start):
                    continue
                if any(o.start <= org.start and org.end < o.end <= person.start for o in orgs):
                    continue  # 集团公司党委组织委员A: a member of the committee, not of the company
                between = s.between(org.end, person.start)  # (国务院/nt副总理A: a glued tag is not read)
                if len(between) > 1 and between[-1] in " \u3000":
                    between = between[:-1]  # (工商联主席 王五：…, a speaker's caption: a space between title and name)
                inside = [o.text for o in orgs if org.end <= o.start and o.end <= person.start]
                between = between[1:] if between.startswith("的") and len(between) > 2 else between  # X的总经理A
                # 兼 joins two posts as 、 does (青山集团副总经理兼白石公司董事长A)
                between = re.sub(r"(?<=[\u4e00-\u9fff])兼(?=[\u4e00-\u9fff])", "、", between)
                between = _POST_NOTE.sub("", between)  # (副局长(兼)、…局长A: a note on the post, no part of the chain)
                student = _STUDENT.fullmatch(between) or (
                    _PUPIL.fullmatch(between) if org.text.endswith(_SCHOOL) else None)
                if student:  # 生命科学学院2019级本科生A, 青山小学五年级学生A: a student of the school
                    ev = Evidence(a.index, org.start, person.end, doc.text[org.start : person.end], "role", s.index)
                    out.append(Relation(person, "memberOf", org, ev, role=student.group("role")))
                    member = True
                    continue
                # 中国工程院院士、青山大学王五教授: the chain's last piece the body right before the name, the person's
                # title after it (that body's, read below): the titles before it are of the first body
                last = next((o for o in orgs if org.end < o.start and o.end == person.start), None)
                after_len = _title_len(doc.text, person.end)
                if last is None or not between.endswith("、" + last.text) or not after_len \
                        or any(org.end <= q.start and q.end <= last.start for q in people):
                    last = None  # (not over a name: 青山大学王五教授、白石学院李四教授 — 李四 is no one's at 青山大学)
                else:
                    between = between[: -len(last.text) - 1]
                    inside = [o for o in inside if o != last.text]
                if between == "长" and (org.text.endswith(_SQUADS) or org.text[-1] + between in TITLES):
                    between = _head_title(org.text)  # 青山市公安局长A, 交警大队长A: the title fused with the name
                if title_chain(between, inside):
                    person.role = person.role or between
                    ev = Evidence(a.index, org.start, person.end, doc.text[org.start : person.end], "role", s.index)
                    unit = _UNIT_TITLE.fullmatch(between.split("、")[0])
                    if unit and "、" not in between and not any(o.start >= org.end and o.end <= person.start for o in orgs):
                        # 省电力公司柳林电厂厂长A: a member of the plant, which is the company's
                        at = s.text.find(unit.group(1), s.local(org.end))
                        b, e = s.span(at, at + len(unit.group(1)))
                        plant = Mention(b, e, "Organization", unit.group(1), a.index, "role")
                        out += [plant, Relation(person, "memberOf", plant, ev, role=unit.group(2)),
                                Relation(plant, "parentOrganization", org, ev)]
                        member = True
                        continue
                    out.append(Relation(person, "memberOf", org, ev, role=_first_title(between)))
                    member = True
                    unit = _named_unit(org, orgs)
                    if unit is not None and _COMMITTEE_POST.fullmatch(between) and org.text.endswith("党委"):
                        # 青山大学党委书记A: a post in the body too, as the corpus's gold reads it (its 党委书记)
                        out.append(Relation(person, "memberOf", unit, ev, role=org.text[len(unit.text):] + between))
                    if last is not None:
                        tail = Evidence(a.index, last.start, person.end + after_len,
                                        doc.text[last.start : person.end + after_len], "role", s.index)
                        out.append(Relation(person, "memberOf", last, tail,
                                            role=doc.text[person.end : person.end + after_len]))
                    # 市委常委、宣传部部长A: a department named bare later in the chain is the first body's
                    out += [Relation(o, "parentOrganization", org, ev) for o in _bare_units(doc.text, org, between, orgs, places)]
                    # a later head's title of the chain names its body: 总务部党委书记、部长 → 总务部
                    for piece in between.split("、")[1:]:
                        if not _TITLE.fullmatch(piece) or _HONOUR.fullmatch(piece):
                            continue  # (博士生导师: a distinction, no post in the body)
                        body = body_of_title(piece, orgs, unit, org, seated) or seat_of_title(piece, seated)
                        if body is not None and body.type == "Place" and piece.startswith("国家") \
                                and not org.text.startswith(_CHINAS):
                            body = None  # 越共中央总书记、国家主席A: the head of the chain's state, not China
                        if (body is None and not piece.startswith(tuple(o.text for o in orgs))
                                and not _GOVERNMENT_HEAD.fullmatch(piece)):  # (…总书记、国家主席: not the party's)
                            # no body of its own: the chain's (国资委党委书记、主任 → 国资委, the unit
                            # whose party committee the chain opened with; 社科院院长、党组书记 → 社科院)
                            body = unit if unit is not None and not _PARTY_TITLE.search(piece) else org
                        if body is not None and body is not org:
                            if piece.startswith(body.text) and len(piece) > len(body.text):
                                # 政治局委员、外交部部长A: the body named in the piece, its title the rest (组织部长: 部长)
                                piece = piece[len(body.text):]
                                if piece == "长":  # (the head's title fused with the name: 组织部长, 交警大队长)
                                    piece = _head_title(body.text)
                            out.append(Relation(person, "memberOf", body, ev, role=piece))
                        elif body is org:
                            out.append(Relation(person, "memberOf", org, ev, role=piece))
            # 灵璧县挂职副县长邵波: the head of a place's government, a member of the place as a body politic
            # (schema:memberOf admits a place; the corpus gold annotates it so)
            for place in places:
                if s.start <= place.start and place.end <= person.start:
                    tail = s.between(place.end, person.start)
                    head = _HEAD_OF.fullmatch(tail)
                    # (郑州市长A: a bare name and the head of its level, 郑州 + 市长; 朝阳区长A, the level read
                    # with the place: 朝阳区 + 长)
                    of_level = head and (head.group(1) == place.text[-1] or not level_of(place.text)) or (
                        tail == "长" and _HEAD_OF.fullmatch(place.text[-1] + tail))
                    # 巴基斯坦国防部长A: a state's minister, its ministry unnamed (no body read between)
                    minister = (_MINISTER.fullmatch(tail) and not divisions(place.text)
                                and not any(o.start < person.start and o.end > place.end for o in orgs)
                                and not any(place.end <= q.start and q.end <= person.start for q in places))
                    # 镇江市领导A、B: the leaders of a division, members of it as a body politic
                    leaders = _LEADERS.fullmatch(tail) and (level_of(place.text) or divisions(place.text))
                    village_head = _LOCAL_HEAD.fullmatch(tail) and place.text.endswith(_LOCALITY_END)
                    if of_level or _HEAD_OF_STATE.fullmatch(tail) or minister or leaders or village_head:
                        role = place.text[-1] + tail if tail == "长" else tail
                        ev = Evidence(a.index, place.start, person.end, doc.text[place.start : person.end], "role", s.index)
                        out.append(Relation(person, "memberOf", place, ev, role=role))
                        member = True
            # 王五（市教育局局长）: the title after the name, in brackets
            bracket = _AFTER_NAME.match(doc.text, person.end)
            if bracket:
                for org in orgs:
                    title = doc.text[org.end : bracket.end() - 1]
                    if org.start == bracket.start() + 1 and title and _TITLE.fullmatch(title):
                        ev = Evidence(a.index, person.start, bracket.end(), doc.text[person.start : bracket.end()],
                                      "role", s.index)
                        out.append(Relation(person, "memberOf", org, ev, role=title))
                        member = True
            # 来自青山大学的张三教授: a person from a body is its member
            if not member:
                for org in orgs:
                    between = s.between(org.end, person.start)
                    if (s.start <= org.start and doc.text[max(0, org.start - 2) : org.start] == "来自"
                            and between[:1] == "的" and (len(between) == 1 or _TITLE.fullmatch(between[1:]))):
                        ev = Evidence(a.index, org.start - 2, person.end, doc.text[org.start - 2 : person.end], "role",
                                      s.index)
                        out.append(Relation(person, "memberOf", org, ev, role=between[1:] or None))
                        member = True
            # 张三，青山公司总经理，…  /  青山公司的李四经理, 青山公司的李四: the body and the title around the name
            if not member:
                apposed = _APPOSED.match(doc.text, person.end)
                for org in orgs:
                    title = None
                    if apposed and org.start == apposed.end():
                        title = doc.text[org.end : org.end + _title_len(doc.text, org.end)]
                        if not title or doc.text[org.end + len(title) : org.end + len(title) + 1] not in ("，", ",", "。", "；", ""):
                            title = None
                    elif s.between(org.end, person.start) == "的":
                        # (the title after the name, or none: 青山公司的王五 is its man too)
                        title = doc.text[person.end : person.end + _title_len(doc.text, person.end)]
                    if title is not None:
                        b, e = min(org.start, person.start), max(org.end + len(title), person.end + len(title))
                        ev = Evidence(a.index, b, e, doc.text[b:e], "role", s.index)
                        out.append(Relation(person, "memberOf", org, ev, role=title or None))
                        member = True
                        break
            # 何汉翔院长表示: a head's title right after the name names the one body of its kind
            after = doc.text[person.end : person.end + _title_len(doc.text, person.end)]
            # 青山师范大学李梅教授, 市十四中党支部杜强书记: the body right before the name, the title right after it
            named_before = _body_ending_at(person.start, s.start, orgs)
            if not member and after and named_before is None:
                # (each name of a list with its title after it: 青山农科院李四研究员、王五副研究员 — 王五 too)
                lead = person
                while (prev := next((q for q in people if q.end < lead.start and (n := _title_len(doc.text, q.end))
                                     and doc.text[q.end : lead.start] == doc.text[q.end : q.end + n] + "、"), None)):
                    lead = prev
                named_before = _body_ending_at(lead.start, s.start, orgs) if lead is not person else None
            if not member and after and named_before is not None:
                ev = Evidence(a.index, named_before.start, person.end + len(after),
                              doc.text[named_before.start : person.end + len(after)], "role", s.index)
                out.append(Relation(person, "memberOf", named_before, ev, role=after))
                member = True
            # 青山自来水公司高柯发言: the body right before the name, with no title, is the person's (a name with a
            # body's head: not 亚马 of a place the recognizers cut, 亚马孙雨林), and so is each name of a list that
            # opens there (青山剪纸研究会王五、李四、赵六等会员)
            first = _list_start(doc.text, person, people)
            if first is not person and not member and not after:
                named_before = next((o for o in orgs if o.end == first.start and s.start <= o.start), None)
            opens = s.index_at(first.start) or 0
            if not member and named_before is not None and not _TITLE.search(s.text[max(0, opens - 12) : opens]) \
                    and named_before.text.endswith((*SUFFIXES, "中心", "系", *org_endings())):  # (…系: a school's department)
                ev = Evidence(a.index, named_before.start, person.end, doc.text[named_before.start : person.end], "role",
                              s.index)
                out.append(Relation(person, "memberOf", named_before, ev))
                member = True
            if not member and after:
                body = _bare_titles_body(doc.text, out, person, after, person.start, orgs, seated)
                goes = _GOES.match(doc.text, person.end + len(after))
                if body is not None and goes and goes.end() <= body.start < s.end and not re.search(
                        r"[，,。；;]", doc.text[goes.end() : body.start]) and not _TAKES_OFFICE.match(doc.text, body.end):
                    body = None  # (王五会长赴青山市贸促会调研: where he goes, not his own body; not 到…任职)
                if body is not None:
                    ev = Evidence(a.index, person.start, person.end + len(after),
                                  doc.text[person.start : person.end + len(after)], "role", s.index)
                    out.append(Relation(person, "memberOf", body, ev, role=after))
                    member = True
            # 王五当选为X协会主席, 王五、李四等14人当选为联合会新一届副会长: elected to a body's office; 王五为作协名誉主席、
            # 李四为…: named to one, the office closing the clause (not 王五为县委书记李四颁奖)
            listed = _list_end(doc.text, person, people)
            elected = _ELECTED.match(doc.text, listed)
            named_as = None if elected else _NAMED_AS.match(doc.text, listed)
            if elected or named_as:
                to = (_elected_to(doc.text, elected.end(), orgs) or _electing(doc.text, elected, orgs)) if elected \
                    else _elected_to(doc.text, named_as.end(), orgs)
                for org, at in to:
                    at = _SPACES.match(doc.text, at).end()  # a caption's space: 受聘X校友会 名誉会长
                    office = _OFFICE.match(doc.text, at)
                    title = office.group() if office else ""
                    if named_as and not _CLAUSE_END.match(doc.text, at + len(title)):
                        title = ""
                    if title:
                        ev = Evidence(a.index, person.start, at + len(title), doc.text[person.start : at + len(title)],
                                      "role", s.index)
                        out.append(Relation(person, "memberOf", org, ev, role=title))
                        member = True
            # 我校校长吴德: the organization with that head the article names most often
            for m in SELF_NAMED_RE.finditer(doc.text, max(s.start, person.start - MAX_CHAIN), person.start):
                between = s.between(m.end(), person.start)
                inside = [o.text for o in orgs if m.end() <= o.start and o.end <= person.start]
                own = main_actor([o for o in orgs if o.extractor != "names" and o.text.endswith(SELF_HEADS[m.group(1)])])
                if own is not None and title_chain(between, inside):
                    ev = Evidence(a.index, m.start(), person.end, doc.text[m.start() : person.end], "role", s.index)
                    out.append(Relation(person, "memberOf", own, ev, role=between.split("、")[0]))
                    member = True
                    break
            # 随行的该院护士长黄萍: the body of that kind named last before (a school's, not its college: 该校校长); none
            # where another of that kind is joined to it (青山医院与红星医院签订协议。该院院长…: which?)
            if not member:
                for m in _THAT.finditer(s.text, max(0, local - MAX_CHAIN), local):
                    at = s.offset(m.start())
                    between = s.text[m.end() : local]
                    inside = [o.text for o in orgs if at <= o.start and o.end <= person.start]
                    kinds = BARE_KINDS.get(m.group(1)) or SELF_HEADS[m.group(1)]
                    # (a body named on its own before one named only inside another's name: not 保定市检察院 of
                    # 保定市检察院反贪局 where the article's 清苑县人民检察院 is named; but 青山医院 of 青山医院心内科, alone)
                    named = [o for o in orgs if o.end <= at and o.text.endswith(kinds)
                             and not (m.group(1) == "校" and field_college(o.text))]
                    named = [o for o in named if o.extractor != "names"] or named
                    last = max(named, key=lambda o: o.start, default=None)
                    rivals = last is not None and any(
                        o.text != last.text and doc.text[o.end : last.start] in _JOINED for o in named)
                    if last is not None and not rivals and title_chain(between, inside):
                        ev = Evidence(a.index, at, person.end, doc.text[at : person.end], "role", s.index)
                        out.append(Relation(person, "memberOf", last, ev, role=between.split("、")[0]))
                        member = True
                        break
                    if last is not None and not rivals and not between and after:  # (该院王五检察长: the title after)
                        ev = Evidence(a.index, at, person.end + len(after), doc.text[at : person.end + len(after)],
                                      "role", s.index)
                        out.append(Relation(person, "memberOf", last, ev, role=after))
                        member = True
                        break
            # 公司董事长王强: the company the article named last
            if not member:
                for m in _BARE.finditer(s.text, max(0, local - MAX_CHAIN), local):
                    at = s.offset(m.start())
                    between = s.text[m.end() : local]
                    inside = [o.text for o in orgs if at <= o.start and o.end <= person.start]
                    if any(o.start <= at < o.end for o in orgs) or not title_chain(between, inside):
                        continue
                    named = [o for o in orgs if o.end <= at and o.text.endswith(BARE_KINDS[m.group(1)])
                             and o.text not in BARE_KINDS and len(o.text) > len(m.group(1))]
                    if named and len({o.text for o in named}) == 1:  # (红星公司收购青山公司。公司总经理…: which?)
                        ev = Evidence(a.index, at, person.end, doc.text[at : person.end], "role", s.index)
                        out.append(Relation(person, "memberOf", named[-1], ev, role=between.split("、")[0]))
                        member = True
                        break
            if not member:
                dept = _department(s, person.start, found, a.index)
                if dept is not None and _office_listed(doc.text, dept[0]):
                    dept = None  # (…副主任王五、办公室主任李四: the list's body's office, :func:`_listed_after`)
                if dept is not None:
                    org, title = dept
                    ev = Evidence(a.index, org.start, person.end, doc.text[org.start : person.end], "role", s.index)
                    out += [org, Relation(person, "memberOf", org, ev, role=title)]
                    parent = _parent_in_name(org)
                    if parent is not None:
                        name_ev = Evidence(a.index, org.start, org.end, org.text, "role", s.index, basis="name")
                        out += [parent, Relation(org, "parentOrganization", parent, name_ev)]
                    member = True
            if not member:
                m = _TITLE.search(before)
                if m:
                    title = _after_function_words(m.group(1))
                    # 副市长黄德华: a head's title alone names the one body of its kind in the article
                    body = _bare_titles_body(doc.text, out, person, title, person.start - len(title), orgs, seated)
                    if body is not None:
                        b = person.start - len(title)
                        ev = Evidence(a.index, b, person.end, doc.text[b : person.end], "role", s.index)
                        out.append(Relation(person, "memberOf", body, ev, role=title))
                    # keep only the title proper, not a longer run of words before it
                    for t in sorted(TITLES, key=len, reverse=True):
                        if title.endswith(t):
                            person.role = t if len(title) > len(t) + 2 else title
                            break
        out += _leaders_listed(doc, a, found, out)
        out += _listed_after(doc, a, found, out)
        out += _made_up_of(doc, a, people, orgs, out)
    return _sections_of(doc, out)


def _of_the_chains_city(text: str, orgs: list[Mention]) -> None:
    """A body named bare by its level later in a chain of titles (白沙市人大常委会副主任、市工商联主席) is the body of the chain's
    division where the article names it (白沙市工商联, not the article's other 青山市工商联): its ``canonical`` is set so.

    Examples:
        >>> t = "青山市工商联与白沙市工商联座谈。白沙市人大常委会副主任、市工商联主席王五主持。"
        >>> orgs = [Mention(0, 6, "Organization", "青山市工商联", 1), Mention(7, 13, "Organization", "白沙市工商联", 1),
        ...         Mention(16, 24, "Organization", "白沙市人大常委会", 1),
        ...         Mention(28, 32, "Organization", "市工商联", 1)]
        >>> _of_the_chains_city(t, orgs)
        >>> orgs[3].canonical
        '白沙市工商联'
        >>> t = "青山市工商联与白沙市工商联座谈。白沙市政协、市工商联主席王五主持。"  # (no chain of titles: which?)
        >>> bare = Mention(22, 26, "Organization", "市工商联", 1)
        >>> _of_the_chains_city(t, orgs[:2] + [Mention(16, 21, "Organization", "白沙市政协", 1), bare])
        >>> t[22:26], bare.canonical is None
        ('市工商联', True)
    """
    names = {o.text for o in orgs}
    for i, o in enumerate(orgs):
        if o.canonical or o.text[:1] not in "省市县区" or len(o.text) < 3:
            continue
        before = next((p for p in reversed(orgs[:i]) if p.end <= o.start), None)
        between = text[before.end : o.start] if before is not None else ""
        if before is None or not between.endswith("、") or not title_chain(between[:-1], []):
            continue
        level = before.text.find(o.text[0], 2)  # (the chain's division: 白沙市 of 白沙市政协, its name and level)
        if level > 0 and (whole := before.text[: level + 1] + o.text[1:]) in names:
            o.canonical = whole


# A section of a bureau named in a title right after the bureau, then its head's title: 基教科科长 (not a former
# one's, 原基教科科长, nor 前…).
_SECTION_TITLE = re.compile(r"((?:(?![、兼和与及原前])[\u4e00-\u9fff]){2,10}?科)((?:常务)?副?科长)")


def _sections_of(doc: Document, found: list[Mention | Relation]) -> list[Mention | Relation]:
    """``found`` with a section a title names right after its body (青山县教育局基教科科长李四: the section
    青山县教育局基教科, of the bureau, and 李四 its 科长), where no mention names the section already.

    Examples:
        >>> from kg.text import parse
        >>> t = "青山县教育局基教科科长李四"
        >>> bureau, li = Mention(0, 6, "Organization", "青山县教育局", 1), Mention(11, 13, "Person", "李四", 1)
        >>> found = [Relation(li, "memberOf", bureau, Evidence(1, 0, 13, t, "role"), role="基教科科长")]
        >>> out = _sections_of(parse(t), found)
        >>> [(r.subject.text, r.predicate, r.obj.text, r.role) for r in out if isinstance(r, Relation)]
        [('李四', 'memberOf', '青山县教育局基教科', '科长'), ('青山县教育局基教科', 'parentOrganization', '青山县教育局', None)]
        >>> found[0].role = "原基教科科长"  # (a former head's: the bureau's, as the title says)
        >>> [(r.obj.text, r.role) for r in _sections_of(parse(t), found)]
        [('青山县教育局', '原基教科科长')]
    """
    taken = {(m.start, m.end) for m in found if isinstance(m, Mention)}
    out: list[Mention | Relation] = []
    for r in found:
        member = isinstance(r, Relation) and r.predicate == "memberOf"
        section = _SECTION_TITLE.fullmatch(r.role or "") if member else None
        end = r.obj.end + len(section.group(1)) if section else 0
        if section is None or not doc.text.startswith(section.group(), r.obj.end) or (r.obj.start, end) in taken:
            out.append(r)
            continue
        unit = Mention(r.obj.start, end, "Organization", doc.text[r.obj.start : end], r.obj.article, "role")
        named = Evidence(r.evidence.article, unit.start, unit.end, unit.text, "role", r.evidence.sentence, basis="name")
        out += [unit, Relation(r.subject, "memberOf", unit, r.evidence, role=section.group(2)),
                Relation(unit, "parentOrganization", r.obj, named)]
        taken.add((unit.start, unit.end))
    return out


# 由A、B和C等(N人)组成的X: the group X is made up of the people listed (no sentence ends inside the list).
_MADE_UP_OF = re.compile(r"由([^。！？!?；;，,由]{2,120}?)(?:等(?:[\d一二三四五六七八九十]+(?:人|名|位))?)?(?:共同)?组成的")
# …司长王五、…处长李四，…局长张三等领导组成的X: no 由, the list's parts apart by commas, each ending with a name.
_LISTED_MADE_UP_OF = re.compile(r"等(?:[\u4e00-\u9fff]{0,3}?(?:领导|专家|同志|人员|队员|成员|代表))?"
                                r"(?:[\d一二三四五六七八九十]+(?:人|名|位))?(?:共同)?组成的")


def _body_ending_at(at: int, sentence_start: int, orgs: list[Mention]) -> Mention | None:
    """The organization that ends at ``at`` inside the sentence, not one inside a longer one's name (the body named
    right before a person: 青山师范大学 of 青山师范大学李梅教授)."""
    return next((o for o in orgs if o.end == at and sentence_start <= o.start
                 and not any(x.start < o.start and o.end <= x.end for x in orgs if x is not o)), None)


def _made_up_of(doc: Document, a: Article, people: list[Mention], orgs: list[Mention],
                out: list[Mention | Relation]) -> list[Relation]:
    """Members of a group the text says is made up of them: 由王五、李四和张三等三人组成的青山服务团 (each
    is a member of 青山服务团), the group named right after 组成的.

    Examples:
        >>> from kg.text import parse
        >>> t = "暑假里，由王五、李四和张三等三人组成的青山服务团前往白云乡。"
        >>> doc = parse(t)
        >>> people = [Mention(t.index(n), t.index(n) + 2, "Person", n, 1) for n in ("王五", "李四", "张三")]
        >>> group = Mention(t.index("青山"), t.index("前往"), "Organization", "青山服务团", 1)
        >>> [(r.subject.text, r.obj.text) for r in _made_up_of(doc, doc.articles[0], people, [group], [])]
        [('王五', '青山服务团'), ('李四', '青山服务团'), ('张三', '青山服务团')]
    """
    added: list[Relation] = []
    known = {(id(r.subject), id(r.obj)) for r in out if isinstance(r, Relation) and r.predicate == "memberOf"}
    for s in a.sentences:
        lists = [(m.start(), m.start(1), m.end(1), m.end()) for m in _MADE_UP_OF.finditer(s.text)]
        for opens, names_start, names_end, made in lists + _listed_lists(s, people):
            start, end = s.span(names_start, names_end)
            group = next((o for o in orgs if o.start == s.offset(made)), None)
            if group is None:
                continue
            for person in people:
                if start <= person.start and person.end <= end and person.extractor != "byline" \
                        and (id(person), id(group)) not in known:
                    known.add((id(person), id(group)))  # (once, where both forms read the list)
                    b = s.offset(opens)
                    ev = Evidence(a.index, b, group.end, doc.text[b : group.end], "role", s.index)
                    added.append(Relation(person, "memberOf", group, ev))
    return added


def _listed_lists(s: Sentence, people: list[Mention]) -> list[tuple[int, int, int, int]]:
    """Lists of people before 等…组成的 with no 由: the parts apart by commas back from 等, each of which ends with a
    person's name (…司长王五、…处长李四，…局长张三等领导组成的; not 王五主持，李四等组成的: 主持 ends its part):
    (where the clause opens, where the names start, where they end, where 组成的 ends) in the sentence's text, as
    :func:`_made_up_of` reads :data:`_MADE_UP_OF`'s matches.

    Examples:
        >>> from kg.text import parse
        >>> t = "10月8日，省林业局副局长王大海、县农业局局长李小明，白石镇镇长赵丽等领导组成的青山市代表团来到白石镇。"
        >>> s = parse(t).articles[0].sentences[0]
        >>> people = [Mention(t.index(n), t.index(n) + 3, "Person", n, 1) for n in ("王大海", "李小明")] + [
        ...     Mention(t.index("赵丽"), t.index("赵丽") + 2, "Person", "赵丽", 1)]
        >>> [s.text[b:e] for _, b, e, _ in _listed_lists(s, people)]
        ['省林业局副局长王大海、县农业局局长李小明，白石镇镇长赵丽']
    """
    ends = {s.local(p.end) for p in people if s.start <= p.start and p.end <= s.end}
    out = []
    for m in _LISTED_MADE_UP_OF.finditer(s.text):
        if m.start() not in ends:
            continue
        begin = m.start()
        while True:
            comma = max(s.text.rfind("，", 0, begin), s.text.rfind(",", 0, begin))
            part_start = comma + 1
            stop = max(s.text.rfind(c, part_start, begin) for c in "；;：:")
            if stop >= 0:
                begin = stop + 1  # (…宣布：王五、李四等组成的…: the list opens after the colon)
                break
            begin = part_start
            by = s.text.rfind("由", part_start, m.start())
            if by >= 0:
                begin = by + 1  # (由…: the list opens after it)
                break
            if comma < 0 or comma not in ends:
                break  # (the part before does not end with a name: 10月8日, 王五主持)
            begin = comma
        out.append((begin, begin, m.start(), m.end()))
    return out


# A body's own party organs, which a title in a list may name without its body: 党委书记, 纪委副书记, 团委书记.
# Words that grade or qualify a post in its own body, which the tagger reads otherwise (执行董事, 名誉校长).
_GRADES = ("执行", "独立", "首席", "资深", "名誉", "专职", "常务", "行政", "教学", "分管",
           "一级", "二级", "三级", "四级")  # (the civil service's ranks: 一级主任科员, 二级调研员)
_PARTY_ORGAN = re.compile(r"(?:党委|党组|纪委|团委|党总支|党支部)")


def _same_body_title(title: str) -> bool:
    """Whether a title in a list after a member's names no other body: its words before the title word are a party
    organ of the body (党委书记, 纪委副书记) or words that grade the post (高级总裁, 执行董事); not 空军司令员, 军区政委,
    外国专家 or 副总检察长 (a body of its own, or none).

    Examples:
        >>> [_same_body_title(t) for t in ("党委副书记", "纪委书记", "高级总裁", "空军司令员", "外国专家", "副总检察长")]
        [True, True, True, False, False, False]
        >>> _same_body_title("一级主任科员"), _same_body_title("二级调研员")
        (True, True)
    """
    m = _TITLE.fullmatch(title)
    if m is None:
        return False
    word = max((w for w in TITLES if title.endswith(w)), key=len)
    qualifier = re.sub(r"(?:常务)?副$", "", title[: -len(word)])
    # (or words that only grade the post, which the tagger reads as such: 高级总裁)
    return (not qualifier or bool(_PARTY_ORGAN.fullmatch(qualifier)) or qualifier in _GRADES
            or all(w.pos == "b" for w in words(qualifier)))


def _post(title: str) -> str:
    """A title without the deputy's, the executive's or the acting one's mark: 副主任, 常务副主任 and 代理主任 are posts
    of 主任.

    Examples:
        >>> _post("常务副主任"), _post("副总经理"), _post("主席"), _post("代理主任")
        ('主任', '总经理', '主席', '主任')
    """
    return re.sub(r"^(?:常务)?副|^代理", "", title)


def _titled_members(a, out: list) -> dict[int, list[Relation]]:
    """The memberships of the article's people that a title right before their name says (the evidence ends at the
    name), by the person's mention, in the order found."""
    held: dict[int, list[Relation]] = {}
    for r in out:
        if isinstance(r, Relation) and r.predicate == "memberOf" and r.subject.article == a.index \
                and r.evidence.end == r.subject.end:
            held.setdefault(id(r.subject), []).append(r)
    return held


def _neighbours(found: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Each person found and the next one in the text, bylines' aside (a list's names, one after another)."""
    people = sorted((m for m in found if m.type == "Person" and m.extractor != "byline"), key=lambda m: m.start)
    return list(zip(people, people[1:]))


def _leaders_listed(doc: Document, a, found: list[Mention], out: list) -> list[Relation]:
    """A body's leaders listed after commas (or 、), the first with a post in the body's party committee and one in
    the body (青山集团党委书记、董事长张三，党委副书记、总经理李四，党委委员、副总经理王五): each one after holds the
    party posts (党委副书记) in that committee and the others (总经理) in the body, as the first does, where every
    title is one of the same body (:func:`_same_body_title`) and one of them a party post.

    Examples:
        >>> from kg.text import parse
        >>> t = "青山集团党委书记、董事长张三，党委副书记、总经理李四出席。"
        >>> doc = parse(t)
        >>> group, party = Mention(0, 4, "Organization", "青山集团", 1), Mention(0, 6, "Organization", "青山集团党委", 1)
        >>> z, l = Mention(12, 14, "Person", "张三", 1), Mention(t.index("李四"), t.index("李四") + 2, "Person", "李四", 1)
        >>> ev = Evidence(1, 0, 14, t[:14], "role", 0)
        >>> out = [Relation(z, "memberOf", party, ev, role="书记"), Relation(z, "memberOf", group, ev, role="董事长")]
        >>> [(r.subject.text, r.obj.text, r.role) for r in _leaders_listed(doc, doc.articles[0], [z, l], out)]
        [('李四', '青山集团党委', '副书记'), ('李四', '青山集团', '总经理')]
    """
    held = _titled_members(a, out)
    added: list[Relation] = []
    for first, second in _neighbours(found):
        rels = held.get(id(first), [])
        party = next((r for r in rels if _PARTY_ORGAN.search(r.obj.text[-3:])), None)
        body = next((r for r in rels if r is not party and party.obj.text.startswith(r.obj.text)), None) \
            if party is not None else None
        gap = doc.text[first.end : second.start]
        titles = gap[1:].split("、")
        if (body is None or not gap.startswith(("，", ",", "、")) or not all(_same_body_title(t) for t in titles)
                or not any(_PARTY_ORGAN.match(t) for t in titles)):
            continue
        ev = Evidence(a.index, party.evidence.start, second.end, doc.text[party.evidence.start : second.end], "role",
                      party.evidence.sentence)
        held[id(second)] = [Relation(second, "memberOf", party.obj, ev, role=t[organ.end():]) if (
            organ := _PARTY_ORGAN.match(t)) else Relation(second, "memberOf", body.obj, ev, role=t) for t in titles]
        added += held[id(second)]
    return added


def _office_listed(text: str, unit: Mention) -> bool:
    """Whether a unit named only by its kind (办公室, a head of :data:`kg.extract.organization.SUFFIXES` alone) follows
    a list's 、: the office of the body of the name before (县人大常委会副主任王五、办公室主任李四), no body of its own.

    Examples:
        >>> t = "县人大常委会副主任王五、办公室主任李四"
        >>> office, body = Mention(12, 15, "Organization", "办公室", 1), Mention(0, 6, "Organization", "县人大常委会", 1)
        >>> alone = Mention(6, 9, "Organization", "办公室", 1)  # (not after a list's 、)
        >>> _office_listed(t, office), _office_listed(t, body), _office_listed("副主任王五的办公室", alone)
        (True, False, False)
    """
    return unit.text in SUFFIXES and text[unit.start - 1 : unit.start] == "、"


def _listed_after(doc: Document, a, found: list[Mention], out: list) -> list[Relation]:
    """A person listed after a member, with a title alone or with none, is a member of the same body:
    青山县委书记张三、副书记李四 (李四 too is of 青山县委; also with a few words before the title and no name among them:
    党委书记, 教学副校长), 副院长张三、李四 (李四 is a 副院长 too), or after a comma with titles of the same body, one
    of them the first one's post or its deputy's (…主任张三，党委委员、副主任李四), unless that person is a member
    already.

    Examples:
        >>> from kg.text import parse
        >>> doc = parse("县委书记张三、副书记李四出席。")
        >>> z, l, w = Mention(4, 6, "Person", "张三", 1), Mention(10, 12, "Person", "李四", 1), Mention(0, 2, "Organization", "县委", 1)
        >>> ev = Evidence(1, 0, 6, "县委书记张三", "role", 0)
        >>> [(r.subject.text, r.obj.text, r.role) for r in _listed_after(doc, doc.articles[0], [z, l, w], [Relation(z, "memberOf", w, ev, role="书记")])]
        [('李四', '县委', '副书记')]
    """
    held = _titled_members(a, out)
    members = {k: rels[-1] for k, rels in held.items()}  # (a person's last membership)
    added: list[Relation] = []
    units: dict[str, Mention] = {}  # the units named bare in a list, by name: the list's first body
    for first, second in _neighbours(found):
        before = members.get(id(first))
        gap = doc.text[first.end : second.start]
        titles = gap[1:].split("、")
        # after a comma, a chain of titles of the same body (…主任张三，党委委员、副主任李四); not a level's head
        # (县委书记张三，副县长李四: the county's government)
        # (and one of them the first one's post or its deputy's: 主任 → 副主任; not 监事会主席张三，副总裁李四; or after
        # the body's party head, its own posts: 县总工会党组书记张三，副主席李四)
        chained = gap.startswith(("，", ",")) and all(
            _same_body_title(t) and not _GOVERNMENT_HEAD.fullmatch(t) and not _HEAD_OF.fullmatch(t) for t in titles
        ) and before is not None and (_post(before.role or "") in {_post(t) for t in titles}
                                      or bool(_PARTY_ORGAN.match(before.role or "")))
        # (a unit named bare between: the list's first body's, 县人大常委会副主任张三、人代工委主任李四、财经委主任王五; a
        # committee (…委) only as :func:`_committee_of` says, not 发改委 or 纪委 of 市委; named by its kind alone, the
        # body's office, 办公室主任李四, a title of the body)
        body = units.get(before.obj.text, before.obj) if before is not None else None
        unit = next((m for m in found if m.type == "Organization" and m.start == first.end + 1), None)
        if body is not None and gap.startswith("、") and unit is not None and unit.end < second.start \
                and _BARE_TITLE.fullmatch(doc.text, unit.end, second.start) and body.text.endswith((*_HAS_UNITS, "会")) \
                and (unit.text.endswith(_UNIT_ENDS)
                     or unit.text.endswith("委") and _committee_of(unit.text, body.text)) \
                and unit.text[0] not in CHARS and not unit.text.startswith(("中", "《", *_CHINAS)) \
                and not find_divisions(unit.text) and not _same_field(unit.text, body.text) \
                and not training_org_prefix(unit.text):
            # (not 上海市委; nor a ministry of the bureau's field, 文化和旅游部 after 县文化和旅游局局长A; nor a body named
            # after a journal, 《经济研究》编辑部, named in full; nor one named with a body above it, 国家体育总局…搏击部)
            ev = Evidence(a.index, before.evidence.start, unit.end, doc.text[before.evidence.start : unit.end], "role",
                          before.evidence.sentence)
            added.append(Relation(unit, "parentOrganization", body, ev))
            units[unit.text] = body
            continue
        office = gap[1:] if gap.startswith("、") else ""
        office = next((h for h in SUFFIXES if office.startswith(h) and _BARE_TITLE.fullmatch(office, len(h))
                       and h not in _SQUADS), "")  # (大队书记王五: a brigade's, no office of the list's first body)
        if office and body is not None and body is not before.obj and id(second) not in members:
            # (the office after a unit of the list: the list's first body's, 人代工委主任李四、办公室主任王五)
            ev = Evidence(a.index, before.evidence.start, second.end, doc.text[before.evidence.start : second.end],
                          "role", before.evidence.sentence)
            rel = Relation(second, "memberOf", body, ev, role=gap[1:])
            added.append(rel)
            members[id(second)] = rel
            continue
        if before is None or id(second) in members or not (gap.startswith("、") or chained) or not (
                gap == "、" or _BARE_TITLE.fullmatch(gap[1:]) or chained or office
                or _same_body_title(gap[1:])) or any(first.end < m.start < second.start for m in found):
            continue  # (党委书记李四 after 学院院长张三: of the same body; not 市纪委书记李四, a body of its own)
        if _GOVERNMENT_HEAD.fullmatch(gap[1:]) and not _GOVERNMENT_HEAD.fullmatch(before.role or ""):
            continue  # (区委书记张三、区长李四: the district's head, not the committee's)
        if any(_post(t) in _SQUAD_HEADS and not before.obj.text.endswith(_post(t)[:-1]) for t in titles):
            continue  # (治安大队大队长李四、支队长王五: a detachment's head, no member of the brigade)
        if any(isinstance(r, Relation) and r.subject is second and r.predicate == "memberOf" for r in out):
            continue
        ev = Evidence(a.index, before.evidence.start, second.end, doc.text[before.evidence.start : second.end], "role",
                      before.evidence.sentence)
        # (a title before a list of names is each one's: 副院长张三、李四、王五; each of a chain's that many hold, too:
        # 青山集团党委常委、副总经理张三、李四 — 李四 a member of the party committee and the group; not a head's,
        # which one holds: 县委书记、县长张三、李四 — 李四 no 书记)
        earlier = [r for r in held.get(id(first), []) if r is not before and _SHARED_TITLE.search(r.role or "")] \
            if gap == "、" else []
        for r in [*earlier, before]:
            rel = Relation(second, "memberOf", r.obj, ev, role=titles[-1] or r.role)
            added.append(rel)
            held.setdefault(id(second), []).append(rel)
        members[id(second)] = rel
    return added
