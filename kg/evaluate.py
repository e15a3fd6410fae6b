"""``kg eval``: a built graph against a hand-checked gold file (the shared gold format).

Scores, each as precision / recall / F1:

* articles: position, headline (two-line headlines joined by one space; the gold's
  ``headline_alt``, where it gives one, counts as well);
* bylines: each (article, person, role) of the gold's reporters and correspondents;
* entities, per type and micro: a predicted entity matches a gold entity of
  the same type that shares a name or alias with it (spaces inside a name
  aside: 章 铮 is 章铮). Gold entities marked ``optional`` are neither missed
  nor false positives;
* relations: gold relations that are not optional and need no world knowledge,
  after mapping both sides to one vocabulary (``part_of`` between
  organizations is ``parentOrganization``, between places ``containedInPlace``,
  ``held_at`` is ``location`` …). A predicted relation whose ends match no gold
  entity is a false positive; one that matches an optional or world-knowledge
  gold relation is ignored.

It reads the graph through its RDF, so any graph that keeps kg's RDF contract
can be measured.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .errors import InputError
from .query import run_query

TYPES = ("Person", "Organization", "Place", "Initiative")
TYPE_OF_CLASS = {
    "https://schema.org/Person": "Person",
    "https://schema.org/Organization": "Organization",
    "https://schema.org/Place": "Place",
    "https://w3id.org/kg-zh/ontology#Initiative": "Initiative",
}
PREDICATE_OF_IRI = {
    "https://schema.org/author": "author",
    "https://schema.org/contributor": "contributor",
    "https://schema.org/memberOf": "memberOf",
    "https://schema.org/parentOrganization": "parentOrganization",
    "https://schema.org/location": "location",
    "https://schema.org/containedInPlace": "containedInPlace",
    "https://schema.org/organizer": "organizer",
    "https://schema.org/participant": "participant",
    "https://w3id.org/kg-zh/ontology#partOf": "partOf",
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def load_gold(path: str | os.PathLike) -> dict:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: not a JSON gold file ({e})") from None
    if not isinstance(gold, dict) or not {"articles", "entities"} <= gold.keys():
        raise InputError(f'{path}: a gold file needs "articles" and "entities" (and "relations")')
    return gold


def gold_triple(rel: dict, types: dict[str, str]) -> tuple[str, str, str] | None:
    """A gold relation in kg's vocabulary, as (subject, predicate, object) in RDF direction.

    Examples:
        >>> types = {"e": "Initiative", "o": "Organization", "p": "Place"}
        >>> gold_triple({"subject": "e", "predicate": "held_at", "object": "p"}, types)
        ('e', 'location', 'p')
        >>> gold_triple({"subject": "e", "predicate": "held_at", "object": "o"}, types)  # (a body as the venue)
        ('e', 'location', 'o')
        >>> gold_triple({"subject": "e", "predicate": "part_of", "object": "o"}, types) is None
        True
    """
    s, p, o = rel["subject"], rel["predicate"], rel["object"]
    ts, to = types.get(s), types.get(o)
    if p in ("authored", "reporter_of"):  # the page's gold says authored, the corpus's reporter_of
        return (o, "author", s)
    if p == "correspondent_of":
        return (o, "contributor", s)
    if p in ("holds_role", "member_of"):
        return (s, "memberOf", o)
    if p == "organizes":
        return (o, "organizer", s)
    if p == "participates_in":
        return (o, "participant", s)
    if p in ("part_of", "located_in", "held_at"):
        if ts == "Place" and to == "Place":
            return (s, "containedInPlace", o)
        if to == "Place" or ts == "Initiative" and to == "Organization" and p == "held_at":
            return (s, "location", o)  # (an event held at a body, its venue: …培训班在区委党校开班)
        if ts == "Organization" and to == "Organization":
            return (s, "parentOrganization", o)
        if ts == "Initiative" and to == "Initiative":
            return (s, "partOf", o)
    return None


def _predicted(g: Graph) -> tuple[dict, dict, list]:
    """Entities (iri → type, names), articles (iri → (doc, position, headline, authors)), relations."""
    entities: dict[str, dict] = {}
    # entities the text mentions (not those added from a gazetteer alone)
    for row in run_query(g, "SELECT DISTINCT ?e ?c ?n WHERE { ?e a ?c ; schema:name ?n . ?m kg:denotes ?e }"):
        type_ = TYPE_OF_CLASS.get(row["c"])
        if type_:
            entities.setdefault(row["e"], {"type": type_, "name": row["n"], "names": {row["n"]}})
    for row in run_query(g, "SELECT ?e ?a WHERE { ?e schema:alternateName ?a }"):
        if row["e"] in entities:
            entities[row["e"]]["names"].add(row["a"])
    articles: dict[str, dict] = {}
    for row in run_query(g, "SELECT ?a ?d ?n ?h WHERE { ?a a schema:NewsArticle ; schema:position ?n ; schema:isPartOf ?d "
                            "OPTIONAL { ?a schema:headline ?h } }"):
        articles[row["a"]] = {"doc": row["d"], "index": int(row["n"]), "headline": row["h"]}
    relations = []
    for iri, name in PREDICATE_OF_IRI.items():
        for row in run_query(g, f"SELECT ?s ?o WHERE {{ ?s <{iri}> ?o }}"):
            relations.append((row["s"], name, row["o"]))
    return entities, articles, relations


def _unspaced(name: str) -> str:
    """A name without the spaces a page puts inside it to line names up (章 铮 is 章铮), for matching.

    Examples:
        >>> _unspaced("章 铮"), _unspaced("李\u3000\u3000力"), _unspaced("保护湿地 受益你我")
        ('章铮', '李力', '保护湿地受益你我')
    """
    return re.sub(r"[\s\u3000]+", "", name)


def _same_headline(ours: dict, gold_article: dict) -> bool:
    """Whether an article's headline is the gold's, or the other reading the gold allows (``headline_alt``:
    a kicker or subtitle joined to it by one space, a date stamp kept).

    Examples:
        >>> gold = {"headline": "B", "headline_alt": "A B"}
        >>> _same_headline({"headline": "A B"}, gold), _same_headline({"headline": "A"}, gold)
        (True, False)
        >>> none = {"headline": None}  # an item without one, whether the gold writes null or ""
        >>> _same_headline({"headline": None, "index": 2}, none), _same_headline({"headline": "A"}, none)
        (True, False)
        >>> _same_headline({}, none)  # (no article of that index)
        False
    """
    found = ours.get("headline")
    if not gold_article["headline"]:  # an item without a headline (a digest's, an e-paper's): null or ""
        return bool(ours) and not found
    return found is not None and found in (gold_article["headline"], gold_article.get("headline_alt"))


def evaluate(gold: dict, g: Graph) -> dict:
    """Score a graph against a gold annotation; returns a nested dict of scores."""
    entities, articles, relations = _predicted(g)
    # Articles: the document whose headlines match the gold best.
    by_doc: dict[str, dict[int, dict]] = defaultdict(dict)
    for iri, a in articles.items():
        by_doc[a["doc"]][a["index"]] = {**a, "iri": iri}
    gold_articles = gold["articles"]

    def matches(doc: str) -> int:
        return sum(1 for ga in gold_articles if _same_headline(by_doc[doc].get(ga["index"], {}), ga))

    doc = max(sorted(by_doc), key=matches) if by_doc else None
    ours = by_doc.get(doc, {})
    article_score = Score()
    for ga in gold_articles:
        if _same_headline(ours.get(ga["index"], {}), ga):
            article_score.tp += 1
        else:
            article_score.fn += 1
            article_score.misses.append(f"{ga['index']}: {ga['headline']}")
    article_score.fp = max(0, len(ours) - article_score.tp)
    article_of_iri = {a["iri"]: f"article:{n}" for n, a in ours.items()}

    # Entities
    gold_entities = {e["id"]: e for e in gold["entities"]}
    gold_types = {e["id"]: e["type"] for e in gold["entities"]}
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in gold["entities"]:
        for n in [e["name"], *e.get("aliases", [])]:
            for t in {e["type"], e.get("alt_type") or e["type"]}:  # alt_type: an acceptable second reading
                by_name[t, _unspaced(n)].add(e["id"])
    matched: dict[str, set[str]] = {}
    for iri, e in entities.items():
        ids: set[str] = set()
        for n in e["names"]:
            ids |= by_name.get((e["type"], _unspaced(n)), set())
        matched[iri] = ids
    per_type = {t: Score() for t in TYPES}
    found: set[str] = set()
    for iri, ids in sorted(matched.items()):
        t = entities[iri]["type"]
        required = {i for i in ids if not gold_entities[i].get("optional")}
        if required:
            per_type[t].tp += 1
            found |= required
        elif not ids:
            per_type[t].fp += 1
            per_type[t].false_positives.append(entities[iri]["name"])
    for e in gold["entities"]:
        if not e.get("optional") and e["id"] not in found:
            per_type[e["type"]].fn += 1
            per_type[e["type"]].misses.append(e["name"])
    micro = Score(sum(s.tp for s in per_type.values()), sum(s.fp for s in per_type.values()),
                  sum(s.fn for s in per_type.values()))
    nodes_per_gold: dict[str, int] = defaultdict(int)
    for ids in matched.values():
        for i in ids:
            nodes_per_gold[i] += 1
    split = sorted(gold_entities[i]["name"] for i, n in nodes_per_gold.items() if n > 1)
    merged = sorted(entities[iri]["name"] for iri, ids in matched.items() if len(ids) > 1)

    # Bylines
    byline = Score()
    gold_bylines = {(f"article:{a['index']}", _unspaced(n), "author") for a in gold_articles for n in a.get("reporters", [])}
    gold_bylines |= {(f"article:{a['index']}", _unspaced(n), "contributor") for a in gold_articles
                     for n in a.get("correspondents", [])}
    ours_bylines = {(article_of_iri[s], _unspaced(entities[o]["name"]), p) for s, p, o in relations
                    if p in ("author", "contributor") and s in article_of_iri and o in entities}
    byline.tp = len(gold_bylines & ours_bylines)
    byline.fn = len(gold_bylines - ours_bylines)
    byline.fp = len(ours_bylines - gold_bylines)
    byline.misses = sorted(" ".join(x) for x in gold_bylines - ours_bylines)
    byline.false_positives = sorted(" ".join(x) for x in ours_bylines - gold_bylines)

    # Relations
    required_rel, ignored_rel = set(), set()
    for r in gold.get("relations", []):
        t = gold_triple(r, gold_types)
        if t is None:
            continue
        (ignored_rel if r.get("optional") or r.get("world_knowledge") else required_rel).add(t)
    relation = Score()
    seen = set()
    for s, p, o in relations:
        s_ids = {article_of_iri[s]} if s in article_of_iri else matched.get(s, set())
        o_ids = matched.get(o, set())
        if not s_ids or not o_ids:
            if (s in article_of_iri or s in entities) and o in entities:
                key = ("unmatched", s, p, o)
                if key not in seen:
                    seen.add(key)
                    relation.fp += 1
                    relation.false_positives.append(f"{_label(s, entities, article_of_iri)} {p} {_label(o, entities, article_of_iri)}")
            continue
        candidates = {(si, p, oi) for si in s_ids for oi in o_ids}
        hit = candidates & required_rel
        if hit:
            for h in hit:
                if h not in seen:
                    seen.add(h)
                    relation.tp += 1
        elif candidates & ignored_rel:
            continue
        elif all(gold_entities.get(i, {}).get("optional") for i in s_ids | o_ids if not i.startswith("article:")):
            continue
        else:
            key = tuple(sorted(candidates))[0]
            if key not in seen:
                seen.add(key)
                relation.fp += 1
                relation.false_positives.append(f"{_label(s, entities, article_of_iri)} {p} {_label(o, entities, article_of_iri)}")
    missed = required_rel - seen
    relation.fn = len(missed)
    relation.misses = sorted(f"{_gold_label(s, gold_entities)} {p} {_gold_label(o, gold_entities)}" for s, p, o in missed)
    quantities = _score_quantities(gold, g, ours)
    return {
        "articles": article_score,
        "quantities": quantities,
        "bylines": byline,
        "entities": {**per_type, "micro": micro},
        "relations": relation,
        "split": split,
        "merged": merged,
    }


def _score_quantities(gold: dict, g: Graph, ours: dict[int, dict]) -> Score:
    """A predicted count matches a gold one of the same article and value whose surface holds it."""
    position = {a["iri"]: n for n, a in ours.items()}
    predicted = []
    for row in run_query(g, "SELECT ?a ?v ?x WHERE { ?q a schema:QuantitativeValue ; schema:value ?v ; oa:exact ?x ; "
                            "schema:isPartOf ?a }"):
        if row["a"] in position:
            predicted.append((position[row["a"]], float(row["v"]), row["x"]))
    s = Score()
    used = set()
    for q in gold.get("quantities", []):
        value = _number(q.get("value"))  # a range written as text ("3至15") matches no single value
        hit = next((p for p in predicted if p[0] == q["article"] and p[1] == value
                    and p[2] in q["surface"] and p not in used), None)
        if hit:
            used.add(hit)
            s.tp += 0 if q.get("optional") else 1
        elif not q.get("optional"):
            s.fn += 1
            s.misses.append(f"{q['article']}: {q['surface']}")
    for p in predicted:
        if p not in used:
            s.fp += 1
            s.false_positives.append(f"{p[0]}: {p[2]}")
    return s


def _number(value: object) -> float | None:
    """A gold quantity's value as a number, or None where the annotator wrote something else.

    >>> _number("120"), _number(2.5), _number("3至15"), _number(None)
    (120.0, 2.5, None, None)
    """
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _label(iri: str, entities: dict, articles: dict) -> str:
    return articles.get(iri) or entities.get(iri, {}).get("name", iri)


def _gold_label(i: str, gold_entities: dict) -> str:
    return gold_entities.get(i, {}).get("name", i)


def format_report(result: dict, verbose: bool = False) -> str:
    """A plain-text table of the scores (and, verbose, what was missed or wrong)."""
    rows = [("articles", result["articles"]), ("bylines", result["bylines"])]
    rows += [(f"entities {t}", result["entities"][t]) for t in (*TYPES, "micro")]
    rows.append(("relations", result["relations"]))
    rows.append(("quantities", result["quantities"]))
    lines = [f"{'':22} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]
    for name, s in rows:
        lines.append(f"{name:22} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    lines.append(f"gold entities split over nodes: {len(result['split'])}  nodes merging gold entities: {len(result['merged'])}")
    if verbose:
        for name, s in rows:
            if s.misses:
                lines.append(f"missed {name}: " + "; ".join(s.misses))
            if s.false_positives:
                lines.append(f"false {name}: " + "; ".join(s.false_positives))
        if result["split"]:
            lines.append("split: " + "; ".join(result["split"]))
        if result["merged"]:
            lines.append("merged: " + "; ".join(result["merged"]))
    return "\n".join(lines)


def as_json(result: dict) -> dict:
    out = {}
    for k, v in result.items():
        if isinstance(v, Score):
            out[k] = v.as_dict()
        elif isinstance(v, dict):
            out[k] = {t: s.as_dict() for t, s in v.items()}
        else:
            out[k] = v
    return out


def _flat(result: dict) -> dict[str, Score]:
    """One result's scores by row name (``entities Person`` …)."""
    rows = {"articles": result["articles"], "bylines": result["bylines"],
            "relations": result["relations"], "quantities": result["quantities"]}
    rows.update({f"entities {t}": s for t, s in result["entities"].items()})
    return rows


def total(results: list[dict]) -> dict[str, Score]:
    """Micro totals of several files' results: the counts of each row added up.

    Examples:
        >>> a = {"articles": Score(1, 0, 1), "bylines": Score(), "relations": Score(2, 2, 0),
        ...      "quantities": Score(), "entities": {"micro": Score(3, 1, 0)}}
        >>> t = total([a, a])
        >>> t["relations"].tp, t["relations"].fp, round(t["relations"].f1, 3)
        (4, 4, 0.667)
    """
    out: dict[str, Score] = {}
    for result in results:
        for name, s in _flat(result).items():
            acc = out.setdefault(name, Score())
            acc.tp += s.tp
            acc.fp += s.fp
            acc.fn += s.fn
    return out


def gold_files(folder: str | os.PathLike) -> list[Path]:
    """The ``*.gold.json`` files of a folder, in name order."""
    files = sorted(Path(folder).glob("*.gold.json"))
    if not files:
        raise InputError(f"{folder}: no *.gold.json files in this folder")
    return files


def text_of(gold_path: Path, gold: dict, texts: str | os.PathLike | None, *, beside: bool = True,
            hint: str = "give --texts FOLDER") -> Path:
    """The text a gold file annotates: its ``text_file`` in ``texts`` (or beside the gold, unless ``beside`` is
    false and ``texts`` is given); ``hint`` closes the error's line (how the caller's user names the texts).

    Examples:
        >>> text_of(Path("nowhere/a.gold.json"), {}, None)
        Traceback (most recent call last):
        kg.errors.InputError: nowhere/a.gold.json: its text a.txt is not in nowhere (give --texts FOLDER)
    """
    name = gold.get("text_file") or gold_path.name.replace(".gold.json", ".txt")
    for folder in ([Path(texts)] if texts else []) + ([gold_path.parent] if beside or not texts else []):
        if (folder / name).is_file():
            return folder / name
    raise InputError(f"{gold_path}: its text {name} is not in {texts or gold_path.parent} ({hint})")


def check_gold(gold: dict, text: str) -> list[str]:
    """What a gold file names that its text does not hold verbatim: names, aliases and evidence
    (the annotation guide asks for exact substrings).

    Examples:
        >>> gold = {"entities": [{"id": "p", "name": "王五", "aliases": ["老王"]}],
        ...         "relations": [{"subject": "p", "evidence": "王五说"}]}
        >>> check_gold(gold, "记者王五说")
        ['alias 老王']
    """
    flat = "".join(text.split())
    problems = []
    for e in gold.get("entities", []):
        for kind, name in [("name", e.get("name", "")), *(("alias", a) for a in e.get("aliases", []))]:
            if name and "".join(name.split()) not in flat:
                problems.append(f"{kind} {name}")
    for r in gold.get("relations", []):
        ev = r.get("evidence")
        if ev and "".join(ev.split()) not in flat:
            problems.append(f"evidence {ev}")
    return problems


def evaluate_corpus(gold_folder: str | os.PathLike, texts: str | os.PathLike | None = None,
                    extractors: tuple[str, ...] | list[str] | None = None, progress: bool = False) -> dict[str, dict]:
    """Build each gold file's text on its own and score it: ``{file stem: result}``.

    Each text is built alone, as a user would build one article, so no file
    lends another its names. ``result["problems"]`` lists what the gold names that its
    text does not hold verbatim (:func:`check_gold`).
    """
    from .extract import DEFAULT
    from .pipeline import build

    results = {}
    files = gold_files(gold_folder)
    if progress and len(files) > 1:
        from tqdm import tqdm

        files = tqdm(files, desc="building", unit="file", file=sys.stderr, leave=False)
    for path in files:
        gold = load_gold(path)
        text = text_of(path, gold, texts)
        g = build(Path(text), extractors=list(extractors or DEFAULT))
        result = evaluate(gold, g.to_rdf())
        result["problems"] = check_gold(gold, g.documents[0].text)
        results[path.name.removesuffix(".gold.json")] = result
    return results


def format_corpus_report(results: dict[str, dict], held_out: Collection[str] = (), verbose: bool = False) -> str:
    """One row per file, then the micro totals of the files worked on and, apart, of the held-out ones.

    ``verbose`` lists misses and false positives of the files worked on only:
    the held-out files' errors stay unseen.
    """
    def cell(s: Score) -> str:
        return f"{s.tp}/{s.tp + s.fn}"

    head = (f"{'file':10} {'headlines':>9} {'bylines':>8} {'ent P':>6} {'ent R':>6} {'ent F1':>6} "
            f"{'rel P':>6} {'rel R':>6} {'rel F1':>6}")
    lines = [head]
    for name, r in results.items():
        e, rel = r["entities"]["micro"], r["relations"]
        mark = " *" if name in held_out else ""
        lines.append(f"{name + mark:10} {cell(r['articles']):>9} {cell(r['bylines']):>8} {e.precision:6.3f} "
                     f"{e.recall:6.3f} {e.f1:6.3f} {rel.precision:6.3f} {rel.recall:6.3f} {rel.f1:6.3f}")
    groups = [("worked on", [r for n, r in results.items() if n not in held_out])]
    if held_out:
        groups.append(("held out (*)", [r for n, r in results.items() if n in held_out]))
    for label, members in groups:
        if not members:
            continue
        lines += ["", f"{label}: {len(members)} file(s), micro totals",
                  f"{'':22} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]
        for row, s in total(members).items():
            lines.append(f"{row:22} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    if verbose:
        for name, r in results.items():
            if name in held_out:
                continue
            for row, s in _flat(r).items():
                if s.misses:
                    lines.append(f"{name} missed {row}: " + "; ".join(s.misses))
                if s.false_positives:
                    lines.append(f"{name} false {row}: " + "; ".join(s.false_positives))
    return "\n".join(lines)
