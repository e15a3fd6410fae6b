"""The views the page opens with, laid out in Python (networkx) so the first frame is still.

- ``overview``: communities of entities mentioned together (Louvain on the co-mention
  graph of the most mentioned entities), each drawn as a cluster of its main entities
  with their names as its title; articles are not drawn;
- ``type:<Type>``: the most mentioned entities of one type;
- ``pred:<predicate>``: the facts of one predicate (the best attested first).

Each view is ``{"key", "title", "note", "nodes": [[node, x, y], ...], "edges": [[a, b,
predicate or "co", weight], ...], "groups": [{"label", "x", "y", "nodes"}]}``, nodes by
their number in :func:`kg.viz.data.page_data`. An entity's neighbourhood and an
article's graph are small and laid out in the page (rings around the centre).

Examples:
    >>> import kg
    >>> from kg.viz.data import page_data
    >>> data = page_data(kg.build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。"))
    >>> view = overview(data)
    >>> view["title"]
    '概览 Overview: 1 个社区 communities of entities mentioned together'
    >>> sorted(data["nodes"][n]["n"] for n, x, y in view["nodes"])
    ['姜璞', '王思俊', '管城回族区']
"""
from __future__ import annotations

import math
import networkx as nx

from .data import Pairs, pair_counts

OVERVIEW_COMMUNITIES = 12  # communities drawn in the overview
MIN_COMMUNITY = 3  # smaller communities are left out of a large overview
OVERVIEW_NODES = 120  # entities drawn in a large overview, shared among its communities
OVERVIEW_MEMBERS = 10  # main entities drawn per community at least (all of them in a small graph)
SMALL = 150  # a graph with at most this many entities is drawn whole in the overview
COMMUNITY_POOL = 1500  # communities are found among this many most mentioned entities
TYPE_NODES = 120  # entities drawn in a type's view
PREDICATE_FACTS = 150  # facts drawn in a predicate's view
CO_EDGES = 3  # co-mention edges drawn per node in a precomputed view (the strongest)
SPACING = 70.0  # pixels between neighbouring nodes, roughly
TITLE_SIZE = 22  # font size of a community's title in the overview (pixels; a CJK character is as wide)
ASPECT = 1.5  # width / height of the overview's block of communities (the page's graph area is wide)


def entity_graph(data: dict, among: set[int] | None = None, pairs: Pairs | None = None) -> nx.Graph:
    """Entities (all, or ``among``) linked by co-mentions (``weight``: articles in common) and facts
    (``pairs``: :func:`~kg.viz.data.pair_counts` of the nodes, when the caller has counted them already)."""
    g = nx.Graph()
    nodes = data["nodes"]
    for i, n in enumerate(nodes):
        if n["t"] != "Article" and (among is None or i in among):
            g.add_node(i)
    for (a, b), count in (pairs if pairs is not None else pair_counts(nodes)).items(among):
        if a in g and b in g:
            g.add_edge(a, b, weight=count, co=count)
    for f in data["facts"]:
        a, b = f["s"], f["o"]
        if a in g and b in g and a != b:
            w = g.edges[a, b]["weight"] if g.has_edge(a, b) else 0
            g.add_edge(a, b, weight=w + 1)
    return g


def _layout(g: nx.Graph, nodes: list[int]) -> dict[int, tuple[float, float]]:
    """Positions of ``nodes`` (most important first): a seeded spring layout (the same graph,
    the same picture), evened out by :func:`_even` so that no two nodes crowd each other."""
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    sub = nx.Graph(g.subgraph(nodes))
    pos = nx.spring_layout(sub, seed=0, weight=None, k=2.0 / math.sqrt(len(nodes)), iterations=100)
    return _even([(float(pos[n][0]), float(pos[n][1])) for n in nodes], nodes)


GOLDEN = math.pi * (3 - math.sqrt(5))


def _even(points: list[tuple[float, float]], nodes: list[int]) -> dict[int, tuple[float, float]]:
    """Move points onto the evenly spaced slots of a sunflower spiral, each to the free slot
    nearest its own place (in order: the first node chooses first).

    Each point keeps its direction from the centre; its distance counts by rank, so a far
    outlier does not squeeze the others into a corner.

    >>> pos = _even([(0.0, 0.0), (1.0, 0.0), (-5.0, 0.0)], [7, 8, 9])
    >>> pos[7], pos[8][0] > 0 > pos[9][0]
    ((0.0, 0.0), True)
    """
    n = len(points)
    cx, cy = sum(p[0] for p in points) / n, sum(p[1] for p in points) / n
    c = SPACING / 1.7  # a sunflower of step c puts neighbours about 1.7 c apart
    slots = [(c * math.sqrt(k) * math.cos(k * GOLDEN), c * math.sqrt(k) * math.sin(k * GOLDEN)) for k in range(n)]
    by_distance = sorted(range(n), key=lambda i: (math.hypot(points[i][0] - cx, points[i][1] - cy), i))
    target = [(0.0, 0.0)] * n
    for rank, i in enumerate(by_distance):
        angle = math.atan2(points[i][1] - cy, points[i][0] - cx)
        target[i] = (c * math.sqrt(rank) * math.cos(angle), c * math.sqrt(rank) * math.sin(angle))
    free = set(range(n))
    out: dict[int, tuple[float, float]] = {}
    for i in range(n):
        k = min(free, key=lambda k: (math.dist(slots[k], target[i]), k))
        free.discard(k)
        out[nodes[i]] = (round(slots[k][0], 1) + 0.0, round(slots[k][1], 1) + 0.0)
    return out


def _edges(g: nx.Graph, data: dict, drawn: set[int], predicates: set[str] | None = None) -> list[list]:
    """Facts among the drawn nodes, and each node's strongest co-mentions among them."""
    edges: list[list] = []
    seen: set[tuple[int, int]] = set()
    for f in data["facts"]:
        if f["s"] in drawn and f["o"] in drawn and (predicates is None or f["p"] in predicates):
            edges.append([f["s"], f["o"], f["p"], len(f["ev"])])
            seen.add((min(f["s"], f["o"]), max(f["s"], f["o"])))
    for n in sorted(drawn):
        if n not in g:
            continue
        partners = sorted(((m, d.get("co", 0)) for m, d in g[n].items() if m in drawn and d.get("co")),
                          key=lambda mc: (-mc[1], mc[0]))[:CO_EDGES]
        for m, c in partners:
            pair = (min(n, m), max(n, m))
            if pair not in seen:
                seen.add(pair)
                edges.append([pair[0], pair[1], "co", c])
    return edges


def _weight(data: dict, n: int) -> int:
    return data["nodes"][n].get("w", 0)


def overview(data: dict, pairs: Pairs | None = None) -> dict:
    """Communities of co-mentioned entities, each a cluster of its main entities, titled by them."""
    nodes = data["nodes"]
    entities = [i for i, n in enumerate(nodes) if n["t"] != "Article"]
    mentioned = sorted((i for i in entities if nodes[i]["w"]), key=lambda i: (-nodes[i]["w"], i))
    pool = set(mentioned[:COMMUNITY_POOL])
    g = entity_graph(data, pool, pairs)
    communities = [sorted(c, key=lambda i: (-_weight(data, i), i))
                   for c in nx.community.louvain_communities(g, weight="weight", seed=0)] if g else []
    communities.sort(key=lambda c: (-sum(_weight(data, i) for i in c), c[0]))
    small = len(entities) <= SMALL
    if not small:  # a community of one or two entities is not what a corpus is about
        communities = [c for c in communities if len(c) >= MIN_COMMUNITY] or communities
    shown = communities if small else communities[:OVERVIEW_COMMUNITIES]
    each = max(OVERVIEW_MEMBERS, OVERVIEW_NODES // max(len(shown), 1))
    members = [c if small else c[:each] for c in shown]
    pos: dict[int, tuple[float, float]] = {}
    groups = []
    boxes = [_layout(g, m) for m in members]
    labels = ["、".join(_short(nodes[i]["n"]) for i in m[:3]) for m in members]
    radii = [max(_radius(b), TITLE_SIZE * len(label) / 2 + 10) for b, label in zip(boxes, labels)]
    for k, ((cx, cy), box, m) in enumerate(zip(_pack(radii), boxes, members)):
        for n, (x, y) in box.items():
            pos[n] = (round(cx + x, 1), round(cy + y, 1))
        top = min(y for _, y in box.values()) if box else 0.0
        groups.append({"label": labels[k], "x": round(cx, 1),
                       "y": round(cy + top - 45, 1), "nodes": m, "size": len(communities[k])})
    drawn = set(pos)
    edges = [e for e in _edges(g, data, drawn)
             if e[2] != "co" or _community_of(groups, e[0]) == _community_of(groups, e[1])]
    counts = {t: sum(1 for i in entities if nodes[i]["t"] == t) for t in ("Person", "Organization", "Place", "Initiative")}
    note = (f"{len(entities)} 个实体 entities ({', '.join(f'{c} {t}' for t, c in counts.items() if c)}), "
            f"{len(nodes) - len(entities)} 篇文章 articles (not drawn). "
            + ("All entities are drawn, " if small else
               f"社区 = 常在同一文章中出现的实体。Communities found among the {len(pool)} most mentioned entities; "
               + (f"the {len(shown)} largest (most mentions) " if len(shown) < len(communities) else "all ")
               + f"of {MIN_COMMUNITY} entities or more are drawn, up to {each} main entities each, ")
            + "with their facts and strongest co-mentions. Each title names a community's three most mentioned entities.")
    title = (f"概览 Overview: {len(shown)} 个社区 communities of entities mentioned together"
             if small or len(shown) == len(communities) else
             f"概览 Overview: 最大的 {len(shown)} 个社区 the {len(shown)} largest of {len(communities)} communities "
             "of entities mentioned together")
    return {"key": "overview", "title": title,
            "note": note, "nodes": [[n, x, y] for n, (x, y) in sorted(pos.items())], "edges": edges, "groups": groups}


def _short(name: str, most: int = 8) -> str:
    """A name cut to ``most`` characters (with an ellipsis).

    >>> _short("郑州市新上工业投资项目管理办公室", 6)
    '郑州市新上…'
    """
    return name if len(name) <= most else name[: most - 1] + "…"


def _community_of(groups: list[dict], n: int) -> int:
    for i, grp in enumerate(groups):
        if n in grp["nodes"]:
            return i
    return -1


def _radius(box: dict[int, tuple[float, float]]) -> float:
    return max((math.hypot(x, y) for x, y in box.values()), default=0.0) + SPACING


def _pack(radii: list[float]) -> list[tuple[float, float]]:
    """Centres for circles of these radii, row by row in a block about :data:`ASPECT` times as wide as high.

    >>> _pack([10.0, 10.0, 10.0, 10.0])
    [(10.0, 10.0), (30.0, 10.0), (10.0, 50.0), (30.0, 50.0)]
    """
    if not radii:
        return []
    width = max(math.sqrt(sum((2 * r) ** 2 for r in radii) * ASPECT), 2 * max(radii))
    out, x, y, row = [], 0.0, 0.0, 0.0
    for r in radii:
        if x and x + 2 * r > width:
            x, y, row = 0.0, y + row + 20.0, 0.0
        out.append((x + r, y + r))
        x += 2 * r
        row = max(row, 2 * r)
    return out


def type_view(data: dict, type_: str, label: str, pairs: Pairs | None = None) -> dict:
    """The most mentioned entities of one type, with their facts and co-mentions among them.

    >>> import kg
    >>> from kg.viz.data import page_data
    >>> data = page_data(kg.build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。"))
    >>> view = type_view(data, "Person", "人物 Person")
    >>> view["title"], sorted(data["nodes"][n]["n"] for n, x, y in view["nodes"])
    ('人物 Person: 2 / 2', ['姜璞', '王思俊'])
    """
    nodes = data["nodes"]
    of_type = sorted((i for i, n in enumerate(nodes) if n["t"] == type_), key=lambda i: (-nodes[i]["w"], i))
    drawn = of_type[:TYPE_NODES]
    g = entity_graph(data, set(drawn), pairs)
    pos = _layout(g, drawn)
    note = (f"提及最多的 {len(drawn)} 个: the {len(drawn)} most mentioned of {len(of_type)} entities of this type"
            if len(drawn) < len(of_type) else f"全部 {len(of_type)} 个: all {len(of_type)} entities of this type")
    return {"key": f"type:{type_}", "title": f"{label}: {len(drawn)} / {len(of_type)}",
            "note": note + ", with their facts and strongest co-mentions.",
            "nodes": [[n, x, y] for n, (x, y) in sorted(pos.items())], "edges": _edges(g, data, set(drawn)),
            "groups": []}


def predicate_view(data: dict, predicate: str, label: str) -> dict:
    """The facts of one predicate, those with most evidence first.

    >>> import kg
    >>> from kg.viz.data import page_data
    >>> data = page_data(kg.build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。"))
    >>> view = predicate_view(data, "author", "记者 author")
    >>> view["title"], [(data["nodes"][a]["t"], data["nodes"][b]["n"]) for a, b, p, w in view["edges"]]
    ('记者 author: 1 / 1', [('Article', '王思俊')])
    """
    facts = sorted((f for f in data["facts"] if f["p"] == predicate), key=lambda f: (-len(f["ev"]), f["s"], f["o"]))
    shown = facts[:PREDICATE_FACTS]
    drawn = sorted({f["s"] for f in shown} | {f["o"] for f in shown})
    g = nx.Graph()
    g.add_nodes_from(drawn)
    g.add_edges_from((f["s"], f["o"]) for f in shown)
    pos = _layout(g, drawn)
    edges = [[f["s"], f["o"], f["p"], len(f["ev"])] for f in shown]
    note = (f"证据最多的 {len(shown)} 条: the {len(shown)} best attested of {len(facts)} facts" if len(shown) < len(facts)
            else f"全部 {len(facts)} 条: all {len(facts)} facts") + " of this relation."
    return {"key": f"pred:{predicate}", "title": f"{label}: {len(shown)} / {len(facts)}", "note": note,
            "nodes": [[n, x, y] for n, (x, y) in sorted(pos.items())], "edges": edges, "groups": []}
