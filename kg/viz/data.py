"""What the HTML view knows: every node, article text and fact as plain, JSON-ready data.

Each node (article or entity) gets a number, its place in ``nodes``; facts,
mentions and highlights refer to nodes by number and to text by character
offsets into their article's text, so each sentence is shipped once (in its
article) and evidence is cut out of it in the page.

- an article: ``{"id", "t": "Article", "n": name, "h": headline, "by": byline,
  "d": date, "src": source, "x": text, "hl": [[start, end, node], ...]}``
- an entity: ``{"id", "t": type, "n": name, "al": aliases, "k": kind, "c": division
  code, "w": number of mentions, "m": [[article node, start, end], ...],
  "co": [[node, articles in common], ...]}`` (its strongest co-mentions)
- a fact: ``{"s": node, "p": predicate, "o": node, "r": role, "ev": [[article node,
  sentence start, sentence end, start, end, extractor, basis], ...]}``; evidence that
  no text states (a gazetteer's) is ``[None, 0, 0, 0, 0, extractor, basis, statement]``

Examples:
    >>> import kg
    >>> data = page_data(kg.build("本报讯(记者 王思俊 通讯员 姜璞)管城区构建疫情群防群控网。"))
    >>> article = data["nodes"][0]
    >>> [(article["x"][s:e], data["nodes"][n]["n"]) for s, e, n in article["hl"]]
    [('王思俊', '王思俊'), ('姜璞', '姜璞'), ('管城区', '管城回族区')]
    >>> fact = data["facts"][0]
    >>> data["nodes"][fact["s"]]["t"], fact["p"], data["nodes"][fact["o"]]["n"]
    ('Article', 'author', '王思俊')
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

_KEY_BITS = 62  # an int64 sort key holds node, count and partner up to this many bits
CO_MENTIONS = 8  # strongest co-mentioned entities kept per entity (the neighbourhood view's light edges)


def page_data(kg: KnowledgeGraph) -> dict:
    """Nodes (articles, then entities by id), facts and co-mentions of a graph, as JSON-ready data."""
    return page_data_and_pairs(kg)[0]


def page_data_and_pairs(kg: KnowledgeGraph) -> tuple[dict, Pairs]:
    """:func:`page_data` and the :func:`pair_counts` of its nodes, counted once for the co-mentions and the views."""
    nodes: list[dict] = []
    number: dict[str, int] = {}
    where: dict[tuple[str, int], tuple[int, int]] = {}  # (document, article index) → (node, text start)
    for doc in kg.documents:
        for a in doc.articles:
            key = f"article-{doc.id}-{a.index}"
            number[key] = len(nodes)
            where[(doc.id, a.index)] = (len(nodes), a.start)
            nodes.append({
                "id": key, "t": "Article", "n": a.headline or f"{doc.id} #{a.index}", "h": a.headline,
                "by": a.byline, "d": doc.date, "src": doc.source, "x": doc.text[a.start:a.end], "hl": [],
            })
    entities = sorted(kg.entities.values(), key=lambda e: e.id)
    for e in entities:
        number[e.id] = len(nodes)
        nodes.append({"id": e.id, "t": e.type, "n": e.name, "al": list(e.aliases), "k": e.kind, "c": e.code,
                      "w": len(e.mentions), "m": [], "co": []})
    for e in entities:
        node = number[e.id]
        for doc_id, m in sorted(e.mentions, key=lambda dm: (dm[0], dm[1].article, dm[1].start, dm[1].end)):
            article, offset = where[(doc_id, m.article)]
            start, end = m.start - offset, m.end - offset
            if 0 <= start < end <= len(nodes[article]["x"]):
                nodes[node]["m"].append([article, start, end])
                nodes[article]["hl"].append([start, end, node])
    for n in nodes:
        if n["t"] == "Article":
            n["hl"] = _without_overlaps(n["hl"])
    pairs = pair_counts(nodes)
    for node, partners in co_mentions(nodes, pairs=pairs).items():
        nodes[node]["co"] = partners
    by_doc = {d.id: d for d in kg.documents}
    facts = []
    for f in kg.facts:
        if f.subject not in number or f.object not in number:
            continue
        evidence = []
        for doc_id, ev in f.evidence:
            if (doc_id, ev.article) not in where:  # not from a text (the gazetteer): its statement
                evidence.append([None, 0, 0, 0, 0, ev.extractor, ev.basis, ev.text])
                continue
            article, offset = where[(doc_id, ev.article)]
            a = by_doc[doc_id].articles[ev.article - 1]
            sentence = a.sentence_at(ev.start)
            s0, s1 = (sentence.start, sentence.end) if sentence else (ev.start, ev.end)
            s0, s1 = min(s0, ev.start), max(s1, ev.end)
            evidence.append([article, s0 - offset, s1 - offset, ev.start - offset, ev.end - offset,
                             ev.extractor, ev.basis])
        facts.append({"s": number[f.subject], "p": f.predicate, "o": number[f.object], "r": f.role, "ev": evidence})
    return {"nodes": nodes, "facts": facts}, pairs


def _without_overlaps(spans: list[list[int]]) -> list[list[int]]:
    """Highlights in text order; of two that overlap, the earlier (then the longer) one.

    >>> _without_overlaps([[4, 6, 2], [0, 3, 1], [1, 2, 3]])
    [[0, 3, 1], [4, 6, 2]]
    """
    out: list[list[int]] = []
    for s in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        if not out or s[0] >= out[-1][1]:
            out.append(s)
    return out


def _sorted_pairs(pairs: Pairs, keep: int, width: int, cbits: int, most: int):
    """Each pair both ways as ``(node, partner, count)``, by node, most articles first, partner; ``keep`` per
    node. One int64 key per row (node, then ``most - count``, then partner) sorted in place."""
    import numpy as np

    keys = np.empty(2 * len(pairs), dtype=np.int64)
    for i, (n, m) in enumerate(((pairs.a, pairs.b), (pairs.b, pairs.a))):
        keys[i * len(pairs):(i + 1) * len(pairs)] = (((n << cbits) | (most - pairs.count)) << width) | m
    keys.sort()
    node = keys >> (width + cbits)
    keys = keys[np.arange(len(keys)) - np.searchsorted(node, node, side="left") < keep]
    del node
    return keys >> (width + cbits), keys & ((1 << width) - 1), most - ((keys >> width) & ((1 << cbits) - 1))


def co_mentions(nodes: list[dict], keep: int = CO_MENTIONS, pairs: Pairs | None = None) -> dict[int, list[list[int]]]:
    """For each entity node, the ``keep`` entities it shares most articles with: ``[[node, articles], ...]``.

    >>> nodes = [{"t": "Article", "hl": [[0, 1, 2], [2, 3, 3]]}, {"t": "Article", "hl": [[0, 1, 2], [3, 4, 3]]},
    ...          {"t": "Person"}, {"t": "Place"}]
    >>> co_mentions(nodes)
    {2: [[3, 2]], 3: [[2, 2]]}
    """
    import numpy as np

    pairs = pairs if pairs is not None else pair_counts(nodes)
    if not len(pairs):
        return {}
    most = int(pairs.count.max())
    width = int(max(pairs.b.max(), 1)).bit_length()
    cbits = most.bit_length()
    if 2 * width + cbits > _KEY_BITS:  # too many nodes or articles for one key: sort on three
        node = np.concatenate([pairs.a, pairs.b])
        partner = np.concatenate([pairs.b, pairs.a])
        count = np.concatenate([pairs.count, pairs.count])
        order = np.lexsort((partner, -count, node))
        node, partner, count = node[order], partner[order], count[order]
        kept = np.arange(len(node)) - np.searchsorted(node, node, side="left") < keep
        node, partner, count = node[kept], partner[kept], count[kept]
    else:
        node, partner, count = _sorted_pairs(pairs, keep, width, cbits, most)
    out: dict[int, list[list[int]]] = {}
    for n, m, c in zip(node.tolist(), partner.tolist(), count.tolist()):
        out.setdefault(n, []).append([m, c])
    return out


class Pairs:
    """Pairs of entity nodes ``a < b`` with the number of articles that mention both, sorted by ``(a, b)``:
    three numpy arrays instead of a Counter (millions of pairs on a corpus: 16 bytes each, not 150).

    >>> p = Pairs.of([[1, 2, 3], [1, 2]])
    >>> list(p.items())
    [((1, 2), 2), ((1, 3), 1), ((2, 3), 1)]
    >>> list(p.items(among={1, 3}))
    [((1, 3), 1)]
    """

    def __init__(self, a, b, count):
        self.a, self.b, self.count = a, b, count

    @classmethod
    def of(cls, groups, step: int = 4096) -> Pairs:
        """The pairs of each group of distinct nodes (an article's entities), counted over the groups (``step``
        groups at a time: the pairs of all articles at once, before counting, would take hundreds of MB)."""
        import numpy as np

        counted: list[tuple] = []  # (codes, counts) of each step's groups
        chunk: list = []
        size = 1 << 32  # a code is a * size + b
        for group in groups:
            nodes = sorted(group)
            if len(nodes) > 1:
                a = np.array(nodes, dtype=np.int64)
                i, j = np.triu_indices(len(nodes), 1)
                chunk.append(a[i] * size + a[j])
                if len(chunk) >= step:
                    counted.append(np.unique(np.concatenate(chunk), return_counts=True))
                    chunk = []
        if chunk:
            counted.append(np.unique(np.concatenate(chunk), return_counts=True))
        if not counted:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, empty, empty)
        codes = np.concatenate([c for c, _ in counted])
        counts = np.concatenate([n for _, n in counted])
        del counted
        codes, where = np.unique(codes, return_inverse=True)  # sorted: by a, then b
        counts = np.bincount(where.ravel(), weights=counts, minlength=len(codes)).astype(np.int64)
        return cls(codes // size, codes % size, counts)

    def __len__(self) -> int:
        return len(self.count)

    def items(self, among: set[int] | None = None):
        """``((a, b), count)`` in order; with ``among``, only the pairs of which both nodes are in it."""
        import numpy as np

        a, b, count = self.a, self.b, self.count
        if among is not None:
            keep = np.array(sorted(among), dtype=np.int64)
            mask = np.isin(a, keep) & np.isin(b, keep)
            a, b, count = a[mask], b[mask], count[mask]
        return zip(zip(a.tolist(), b.tolist()), count.tolist())


def pair_counts(nodes: list[dict]) -> Pairs:
    """Number of articles that mention both entities, per pair of entity nodes ``(a, b)``, ``a < b``."""
    return Pairs.of({node for _, _, node in n["hl"]} for n in nodes if n["t"] == "Article")
