"""The HTML view: a pyvis network in one self-contained file.

Nodes are coloured by type (legend in the corner), sized by their number of
mentions, and carry a tooltip with their aliases and mentions; edges carry the
evidence sentence. vis-network's script and style are inlined from the pyvis
package, so the page works with no network. Tooltips are plain text (vis
renders a string title as text) and the data is embedded with Jinja's
``tojson``, which escapes ``<``, ``>`` and ``&``: no text from the input can
become markup.
"""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from .rdf import write_atomic

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

COLORS = {
    "Person": "#e15759",
    "Organization": "#4e79a7",
    "Place": "#59a14f",
    "Initiative": "#f28e2b",
    "Article": "#9c9c9c",
}
LABELS = {
    "Person": "人物 Person",
    "Organization": "机构 Organization",
    "Place": "地点 Place",
    "Initiative": "活动/项目 Initiative",
    "Article": "文章 Article",
}
PREDICATE_LABELS = {
    "author": "记者",
    "contributor": "通讯员",
    "memberOf": "成员",
    "parentOrganization": "上级机构",
    "location": "位于",
    "containedInPlace": "隶属",
    "organizer": "组织者",
    "participant": "参与者",
    "partOf": "属于",
}
MAX_TOOLTIP_LINES = 12


def _template():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "data")),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
    )
    return env.get_template("graph.html.j2")


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _clip(lines: list[str]) -> str:
    if len(lines) > MAX_TOOLTIP_LINES:
        lines = lines[:MAX_TOOLTIP_LINES] + [f"… ({len(lines) - MAX_TOOLTIP_LINES} more)"]
    return "\n".join(lines)


MAX_NODES = 1500  # a browser draws a few thousand nodes at most; a corpus shows its most mentioned


def shown_nodes(g, limit: int = MAX_NODES) -> set[str]:
    """The nodes to draw: all of them, or the ``limit`` most mentioned (articles count by degree)."""
    if g.number_of_nodes() <= limit:
        return set(g.nodes)
    weight = {n: len(d.get("mentions", [])) or g.degree(n) for n, d in g.nodes(data=True)}
    return set(sorted(g.nodes, key=lambda n: (-weight[n], n))[:limit])


def render_html(kg: KnowledgeGraph, title: str = "kg knowledge graph", limit: int = MAX_NODES) -> str:
    """The HTML page as a string (the ``limit`` most mentioned nodes of a large graph)."""
    from markupsafe import Markup
    from pyvis.network import Network

    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line")
    full = kg.graph
    keep = shown_nodes(full, limit)
    g = full.subgraph(keep)
    counts = Counter(d["type"] for _, d in g.nodes(data=True))
    if len(keep) < full.number_of_nodes():
        title = f"{title} ({len(keep)} of {full.number_of_nodes()} nodes: the most mentioned)"
    for node, d in sorted(g.nodes(data=True), key=lambda nd: nd[0]):
        if d["type"] == "Article":
            tip = [f"文章 {d['index']}: {d['headline']}"] + ([d["byline"]] if d.get("byline") else [])
            size = 12
        else:
            mentions = d.get("mentions", [])
            tip = [f"{LABELS[d['type']]}: {d['name']}"]
            if d.get("aliases"):
                tip.append("别名: " + "、".join(d["aliases"]))
            if d.get("kind"):
                tip.append(f"kind: {d['kind']}")
            tip += [f"· 文章{m['article']} [{m['start']}:{m['end']}] {m['text']}" for m in mentions]
            size = 10 + 4 * min(len(mentions), 10)
        net.add_node(node, label=d["name"][:24], title=_clip(tip), color=COLORS[d["type"]], size=size, shape="dot",
                     ktype=d["type"])
    for u, v, key, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        if d["predicate"] == "mentions":
            net.add_edge(u, v, color="#dddddd", width=0.5, title="mentions")
            continue
        label = PREDICATE_LABELS.get(d["predicate"], d["predicate"])
        if d.get("role"):
            label += f"({d['role']})"
        tip = [d["predicate"] + (f" · {d['role']}" if d.get("role") else "")]
        tip += [f"· 文章{e['article']} [{e['start']}:{e['end']}] {e['text']} ({e['extractor']}, {e['basis']})" for e in d["evidence"]]
        net.add_edge(u, v, label=label, title=_clip(tip), color="#888888", arrows="to", font={"size": 10})
    nodes, edges, _, _, _, _ = net.get_network_data()
    options = {
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300}},
        "interaction": {"hover": True, "tooltipDelay": 100},
        "edges": {"smooth": False},
    }
    vis_js, vis_css = _vis_assets()
    legend = [{"type": t, "label": LABELS[t], "color": COLORS[t], "count": counts[t]} for t in LABELS if counts.get(t)]
    return _template().render(
        title=title, nodes=nodes, edges=edges, options=options, legend=legend,
        vis_js=Markup(vis_js), vis_css=Markup(vis_css),
    )


def write_html(kg: KnowledgeGraph, path: str | os.PathLike, title: str = "kg knowledge graph",
               limit: int = MAX_NODES) -> None:
    write_atomic(path, render_html(kg, title, limit).encode("utf-8"))
