"""The HTML view: one self-contained page to explore a graph, its evidence and its articles.

The page draws with vis-network (inlined from the pyvis package: no request to
any host). It opens on an overview laid out in Python (:mod:`kg.viz.views`);
clicking a node opens a side panel with the entity's names, type, facts with
their evidence sentences and mentions; an article opens as text with its
entities highlighted. Focused views: an entity's neighbourhood, an article's
graph, a type, a relation. All data (:mod:`kg.viz.data`) travels in the page as
JSON in which ``<``, ``>`` and ``&`` are escaped, and the page writes text into the
document only as text: nothing from the input can become markup. How the view
works: ``docs/html-view.md``.

Examples:
    >>> import kg
    >>> html = render_html(kg.build("本报讯(记者 王思俊)管城区构建疫情群防群控网。"))
    >>> html.startswith("<!DOCTYPE html>"), "王思俊" in html
    (True, True)
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .data import Pairs, page_data, page_data_and_pairs, pair_counts
from .views import overview, predicate_view, type_view

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

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
    "author": "记者 author",
    "contributor": "通讯员 contributor",
    "memberOf": "成员 member of",
    "parentOrganization": "上级机构 parent organization",
    "location": "位于 location",
    "containedInPlace": "隶属 contained in",
    "organizer": "组织者 organizer",
    "participant": "参与者 participant",
    "partOf": "属于 part of",
}
KIND_LABELS = {"co": "同文 co-mentioned"}
DATA = Path(__file__).resolve().parent.parent / "data"


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def script_json(value) -> str:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` escaped.

    >>> script_json({"t": "</script>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_views(data: dict, pairs: Pairs | None = None) -> list[dict]:
    """The views laid out in Python: the overview, one per type present, one per predicate present
    (``pairs``: the :func:`~kg.viz.data.pair_counts` of the nodes, when they are counted already)."""
    present = {n["t"] for n in data["nodes"]}
    predicates = sorted({f["p"] for f in data["facts"]})
    if pairs is None:
        pairs = pair_counts(data["nodes"])  # counted once for all views (a pass over every article)
    return ([overview(data, pairs)]
            + [type_view(data, t, LABELS[t], pairs) for t in ("Person", "Organization", "Place", "Initiative") if t in present]
            + [predicate_view(data, p, PREDICATE_LABELS.get(p, p)) for p in predicates])


def render_html(kg: KnowledgeGraph, title: str = "kg knowledge graph") -> str:
    """The HTML page as a string."""
    return "".join(html_pieces(kg, title))


_DATA = "\x00kg-data\x00"  # where the page's data goes in the rendered template (no template holds a NUL)


def html_pieces(kg: KnowledgeGraph, title: str = "kg knowledge graph") -> Iterator[str]:
    """The HTML page in pieces, in order: the page's data (every article's text: about 90 MB on 26,000
    articles) is encoded as it is written, never held whole as JSON text beside its objects.

    >>> import kg
    >>> head, *data, tail = html_pieces(kg.build("本报讯(记者 王思俊)管城区构建网。"))
    >>> head.startswith("<!DOCTYPE html>"), data[0].startswith('{"nodes":['), tail.startswith("</script>")
    (True, True, True)
    """
    import jinja2
    from markupsafe import Markup

    data, pairs = page_data_and_pairs(kg)
    views = page_views(data, pairs)
    del pairs
    counts: dict[str, int] = {}
    for n in data["nodes"]:
        counts[n["t"]] = counts.get(n["t"], 0) + 1
    config = {
        "title": title,
        "types": [{"type": t, "label": LABELS[t], "color": COLORS[t], "count": counts.get(t, 0)} for t in LABELS],
        "predicates": {**PREDICATE_LABELS, **KIND_LABELS},
    }
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(DATA)), autoescape=jinja2.select_autoescape(["html", "j2"]))
    vis_js, vis_css = _vis_assets()
    page = env.get_template("graph.html.j2").render(
        title=title, types=config["types"], views=views,
        vis_js=Markup(vis_js), vis_css=Markup(vis_css),
        app_js=Markup((DATA / "graph.js").read_text(encoding="utf-8")),
        app_css=Markup((DATA / "graph.css").read_text(encoding="utf-8")),
        config_json=Markup(script_json(config)), views_json=Markup(script_json(views)),
        data_json=Markup(_DATA),
    )
    del views
    head, tail = page.split(_DATA)
    del page
    yield head
    yield from _data_pieces(data)
    yield tail


def _data_pieces(data: dict) -> Iterator[str]:
    """``script_json(data)`` in pieces of about 64 kB, encoded node by node and fact by fact (the C encoder
    of ``json`` gives the whole text at once, even through ``iterencode``).

    >>> data = {"nodes": [{"x": "<a>"}, {"x": "b"}], "facts": []}
    >>> "".join(_data_pieces(data)) == script_json(data)
    True
    """
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    buffer: list[str] = []
    size = 0
    for n, key in enumerate(data):  # each value is a list
        buffer.append(("{" if n == 0 else "],") + encode(key) + ":[")
        for i, item in enumerate(data[key]):
            text = encode(item)
            buffer.append("," + text if i else text)
            size += len(text)
            if size >= 1 << 16:
                yield _escaped("".join(buffer))
                buffer, size = [], 0
    buffer.append("]}")
    yield _escaped("".join(buffer))


def _escaped(text: str) -> str:
    """JSON text made safe inside a ``<script>`` element, as :func:`script_json` does."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def write_html(kg: KnowledgeGraph, path: str | os.PathLike, title: str = "kg knowledge graph") -> None:
    """Write the page to ``path``, piece by piece (:func:`html_pieces`); never half-written: a temporary file renamed."""
    from ..rdf import write_atomic

    write_atomic(path, html_pieces(kg, title))
