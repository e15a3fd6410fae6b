"""The ``kg`` command: argument parsing and printing only; every command calls the library."""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import time
from pathlib import Path

# One BLAS thread per process, set before numpy loads (a user's setting wins): the trained model's
# products are small, so OpenBLAS's extra threads spin more than they work. On 1,000 news-large
# articles one build took 23.6 s of CPU for 17.4 s of wall time with them and 17.9 s for 18.0 s
# without; with --workers they only compete with the other processes for the cores.
from .blas import VARIABLES  # noqa: E402  (kg.blas loads nothing)

for _variable in VARIABLES:
    os.environ.setdefault(_variable, "1")

from .errors import InputError, KgError, QueryError  # noqa: E402
from .vocabulary import PREFIXES  # noqa: E402

EPILOG = """examples:
  kg build examples/zhengzhou-daily-page.txt -o out/
  kg build corpus.jsonl articles/ -o out/ --format nt --format json-ld
  kg query out/ queries/people-and-organizations.rq
  kg query out/ -e "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }" --format csv
  kg stats out/
  kg serve out/
  kg eval tests/data/zhengzhou-daily-page.gold.json out/
  kg extract sentences.jsonl > entities.jsonl
  kg eval-ner ../shared/eval/msra/test.jsonl
"""


READERS = ("query", "stats", "serve")  # commands that only read a built graph


def _parser(reader: bool = False) -> argparse.ArgumentParser:
    """The parser; for a reader command (``reader``) without importing the extractors, so it starts fast."""
    if reader:
        DEFAULT, REGISTRY, RECOGNIZERS = ("…",), {}, ("…",)
    else:
        from .extract import DEFAULT, REGISTRY
        from .recognize import RECOGNIZERS

    p = argparse.ArgumentParser(
        prog="kg",
        description="Turn Chinese news text into a knowledge graph: entities, relations and the "
        "sentences that state them, as networkx, RDF (queried with SPARQL) and an HTML view.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from . import __version__

    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser(
        "build",
        help="build a graph from text files, folders or JSONL",
        description="Read the inputs (.txt files in UTF-8, UTF-16/32 with a BOM, GBK or Big5; folders of them; "
        "JSONL with a \"text\" field per line), extract entities and relations, and write OUT/graph.ttl, "
        "OUT/graph.json and OUT/graph.html. Every INPUT is a path; a missing one is an error. Text is given "
        "with --text or on stdin (-). The outputs are written to a temporary folder beside OUT and replace OUT "
        "whole at the end: an interrupted or failed build leaves the previous OUT as it was.",
        epilog="examples:\n  kg build examples/zhengzhou-daily-page.txt -o out/\n"
        "  kg build archive/ -o out/ --keep-going\n"
        "  echo '本报讯(记者 王思俊)管城区构建网。' | kg build - -o out/\n"
        "  kg build --text '本报讯(记者 王思俊)管城区构建网。' -o out/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("inputs", nargs="*", metavar="INPUT", help="a .txt file, a .jsonl file, a folder, or - for stdin")
    b.add_argument("--text", action="append", default=[], metavar="TEXT", help="build this text (repeatable)")
    b.add_argument("--keep-going", action="store_true",
                   help="skip unreadable files and JSONL lines, build the rest, name the skipped ones at the end (exit 1)")
    b.add_argument("-o", "--out", required=True, metavar="OUTDIR", help="output folder (created if missing)")
    b.add_argument("--format", action="append", default=[], choices=["nt", "json-ld"],
                   help="also write graph.jsonld (graph.ttl and graph.nt are always written; nt is accepted as before)")
    b.add_argument("--extractors", default=",".join(DEFAULT),
                   help=f"comma-separated extractors to run (default: {','.join(DEFAULT)}; known: "
                   f"{', '.join(sorted(REGISTRY))}; ensemble: LAC's names that the trained model confirms and the model's own where it is sure, "
                   "ner: LAC's alone, neural: the trained model's alone)")
    b.add_argument("--fast", action="store_true",
                   help="ner in place of ensemble: LAC's names without the trained model's check, faster, "
                   "a little less precise")
    b.add_argument("--date", metavar="YYYY-MM-DD",
                   help="the publication date of inputs that carry none: anchors 昨日, 3月26日, 去年底 …")
    b.add_argument("--no-html", action="store_true", help="do not write graph.html")
    b.add_argument("--workers", type=int, default=1, metavar="N",
                   help="tag and extract on N processes (default 1); the graph is the same for any N")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="tag and extract on the Dask distributed cluster at ADDRESS (tcp://host:8786); the same graph")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")

    a = sub.add_parser(
        "add",
        help="add documents to a built graph",
        description="Add documents to OUTDIR: only the new ones are analysed (a document already there with the "
        "same text changes nothing; one with the same id and a new text replaces it), then entities are resolved "
        "again over all documents and every output is rewritten, whole, as in kg build. The result is the graph a "
        "build of all the documents at once gives.",
        epilog="example:\n  kg build archive/2022/ -o out/\n  kg add out/ archive/2023-01-05.txt",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    a.add_argument("out", metavar="OUTDIR")
    a.add_argument("inputs", nargs="*", metavar="INPUT", help="a .txt file, a .jsonl file, a folder, or - for stdin")
    a.add_argument("--text", action="append", default=[], metavar="TEXT", help="add this text (repeatable)")
    a.add_argument("--date", metavar="YYYY-MM-DD", help="the publication date of new inputs that carry none")
    a.add_argument("--keep-going", action="store_true", help="skip unreadable inputs and name them (exit 1)")
    a.add_argument("--workers", type=int, default=1, metavar="N", help="analyse on N processes (default 1)")
    a.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")

    q = sub.add_parser(
        "query",
        help="run a SPARQL query over a built graph",
        description="Run a SPARQL SELECT or ASK query over a built OUTDIR (its store, OUTDIR/store, opened read-only; "
        "graph.ttl parsed where a folder has no store) or an RDF file. The prefixes "
        "schema:, kg:, oa:, prov:, rdf:, rdfs:, xsd: are predeclared. kg query is read-only (INSERT, DELETE, DROP … "
        "are refused) and offline (SERVICE is refused unless --allow-service); a query is stopped after --timeout "
        "seconds, after --max-rows rows, or by Ctrl-C.",
        epilog="examples:\n  kg query out/ queries/people-and-organizations.rq\n"
        "  kg query out/ people-and-organizations --bind organization=郑州公交32路\n"
        "  kg query out/ -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format json\n\n"
        "On an archive the shipped queries list tens of thousands of rows; --bind asks one about one entity\n"
        "(the store looks its rows up instead of listing all of them).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    q.add_argument("graph", metavar="OUTDIR|FILE", nargs="?", default="out")
    q.add_argument("query", nargs="?", metavar="QUERY.rq",
                   help="a file with the query, or the name of a shipped one (see --list)")
    q.add_argument("-e", "--expression", metavar="SPARQL", help="the query text itself")
    q.add_argument("--bind", action="append", default=[], metavar="VAR=VALUE",
                   help="ask the query about one thing: its VALUES ?VAR line gets VALUE (a name, a number, <IRI>); "
                   "repeatable; --list names each shipped query's variables")
    q.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")
    q.add_argument("--list", action="store_true",
                   help="list the shipped queries, what each answers and what it can be asked about")
    q.add_argument("--timeout", type=float, default=60, metavar="SECONDS",
                   help="stop the query after this long (default 60; 0: no limit); Ctrl-C stops it too")
    q.add_argument("--max-rows", type=int, default=100_000, metavar="N",
                   help="print at most N rows, then stop with an error (default 100000; 0: no limit)")
    q.add_argument("--allow-service", action="store_true",
                   help="allow SERVICE, which sends the query to another endpoint over the network")

    v = sub.add_parser(
        "serve",
        help="serve a built graph as a SPARQL endpoint (Oxigraph's server, read-only)",
        description="Serve OUTDIR's store over HTTP with Oxigraph's server: a SPARQL 1.1 Protocol endpoint at "
        "/query (GET ?query=... or POST), results as JSON, XML, CSV or TSV by the Accept header; read-only "
        "(updates are refused); on 127.0.0.1 unless --host says otherwise. Ctrl-C stops it. Queries declare "
        "their own prefixes.",
        epilog="examples:\n  kg serve out/\n"
        "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' "
        "http://127.0.0.1:7878/query",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    v.add_argument("graph", metavar="OUTDIR")
    v.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    v.add_argument("--port", type=int, default=7878, help="port (default 7878)")
    v.add_argument("--timeout", type=float, default=60, metavar="SECONDS", help="stop a query after this long (default 60)")

    s = sub.add_parser("stats", help="count what a built graph holds",
                       description="Count documents, articles, entities by type, mentions and relations by predicate.")
    s.add_argument("graph", metavar="OUTDIR|FILE")
    s.add_argument("--json", action="store_true", help="print JSON")

    e = sub.add_parser(
        "eval",
        help="score a built graph against a gold annotation",
        description="Precision, recall and F1 of articles, bylines, entities (per type and micro) and "
        "relations against a gold file in the shared format (see tests/data/zhengzhou-daily-page.gold.json). "
        "Given a folder of *.gold.json files instead, kg builds each file's text on its own (from --texts, or "
        "beside the gold) and prints one row per file, then micro totals; files named by --held-out are "
        "totalled apart and their errors never listed.",
        epilog="examples:\n  kg eval tests/data/zhengzhou-daily-page.gold.json out/\n"
        "  kg eval ../shared/gold/corpus --texts ../shared/corpus/news --held-out 03,08,12,16,20",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument("gold", metavar="GOLD.json")
    e.add_argument("graph", metavar="OUTDIR|FILE", nargs="?", help="the built graph (not with a gold folder)")
    e.add_argument("--texts", metavar="FOLDER", help="with a gold folder: where the texts are (default: beside the gold)")
    e.add_argument("--held-out", default="", metavar="NAMES",
                   help="with a gold folder: comma-separated file names (03 or 03.gold.json) totalled apart")
    e.add_argument("--extractors", default=None, help="with a gold folder: extractors to build with (default: kg build's)")
    e.add_argument("--json", action="store_true", help="print JSON")
    e.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")

    x = sub.add_parser(
        "extract",
        help="recognize named entities in sentences (JSONL or text lines in, JSONL out)",
        description='Read JSONL ({"text": ..., "id": ...} per line) or plain text lines from FILE or stdin; '
        'write one JSON line per input line: {"id", "text", "entities": [{"start", "end", "type", "text"}]} '
        "with character offsets into the text (end exclusive) and type Person, Organization, Place or Initiative. "
        "The recognizers are the ones kg build runs.",
        epilog="examples:\n  kg extract sentences.jsonl > entities.jsonl\n  echo '郑州公交32路调度赵丽表示' | kg extract -",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    x.add_argument("input", nargs="?", default="-", metavar="FILE|-")
    x.add_argument("--batch-size", type=int, default=256, help="sentences tagged together (default 256)")
    x.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    x.add_argument("--extractors", default=",".join(RECOGNIZERS),
                   help=f"recognizers to run (default {','.join(RECOGNIZERS)}: LAC's names that the trained model confirms and its own sure ones; "
                   "ner instead of ensemble for LAC alone, faster; neural for the trained model alone)")

    n = sub.add_parser(
        "eval-ner",
        help="exact-span NER scores against labeled JSONL",
        description="Exact-span precision, recall and F1 per type and micro, and the confusion between types, "
        "against gold JSONL ({\"text\", \"entities\": [{\"start\", \"end\", \"type\"}]}; types PER/LOC/ORG or "
        "Person/Place/Organization/Initiative). Without --pred, kg's recognizer runs on the gold texts.",
        epilog="example:\n  kg eval-ner ../shared/eval/peoples-daily/test.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    n.add_argument("gold", metavar="GOLD.jsonl")
    n.add_argument("--pred", metavar="PRED.jsonl", help="predictions in the same shape, line by line")
    n.add_argument("--extractors", default=",".join(RECOGNIZERS),
                   help=f"recognizers to run (default {','.join(RECOGNIZERS)}, as kg build; ner instead of ensemble for "
                   "LAC and rules alone, faster; neural for the trained model alone; lac for LAC's own tags alone, "
                   "for comparison)")
    n.add_argument("--json", action="store_true", help="print JSON")
    return p


def _phase_report(quiet: bool):
    """A function that prints one line on stderr as each phase of a long build ends; None when quiet."""
    if quiet:
        return None
    return lambda line: print(f"kg: {line}", file=sys.stderr, flush=True)


def _build(args) -> int:
    from .collector import paused
    from .outputs import peak_memory, replacing, write_build
    from .pipeline import build

    extractors = [x.strip() for x in args.extractors.split(",") if x.strip()]
    if args.fast:
        extractors = ["ner" if x == "ensemble" else x for x in extractors]
    with replacing(args.out) as stage, paused():  # locked and checked before the work; swapped in whole after it
        began = time.perf_counter()
        g = build(_build_inputs(args) or None, extractors=extractors, progress=not args.quiet, date=args.date,
                  text=args.text or None, keep_going=args.keep_going, workers=args.workers, keep_analyses=True,
                  scheduler=args.scheduler)
        report = _phase_report(args.quiet or len(g.documents) < 2)
        if report:
            report(f"analysed {len(g.documents)} document(s) and resolved {len(g.entities)} entities "
                   f"in {time.perf_counter() - began:.1f} s{peak_memory()}")
        write_build(stage, g, args.format, html=not args.no_html, report=report)
    out = Path(args.out)
    if not args.quiet:
        st = g.stats()
        types = ", ".join(f"{st.get('entities.' + t, 0)} {t}" for t in ("Person", "Organization", "Place", "Initiative"))
        print(f"{st['documents']} document(s), {st['articles']} article(s), {st['entities']} entities ({types}), "
              f"{st['facts']} relations")
        for name in stage.written:
            print(f"wrote {out / name}")
    for message in g.skipped:
        print(f"kg build: skipped {message}", file=sys.stderr)
    if g.skipped:
        print(f"kg build: {len(g.skipped)} input(s) skipped; {out} holds the graph of the rest", file=sys.stderr)
        return 1
    return 0


def _add(args) -> int:
    from .analyses import FILE, read_header
    from .collector import paused
    from .outputs import peak_memory, replacing, write_build
    from .pipeline import extend

    out = Path(args.out)
    saved = out / FILE
    if not saved.is_file():
        raise InputError(f"{out}: no {FILE} (build it with this version of kg build first)")
    try:
        with replacing(out) as stage, paused():
            began = time.perf_counter()
            with saved.open(encoding="utf-8") as f:
                try:
                    extractors = read_header(f.readline())
                except (ValueError, KeyError) as e:
                    raise InputError(f"{saved}: not kg's analyses ({e})") from None
                g = extend(f, extractors, _build_inputs(args) or None,
                           progress=not args.quiet, date=args.date, text=args.text or None, keep_going=args.keep_going,
                           workers=args.workers, source=str(saved), first_line=2)
            if isinstance(g, int):  # nothing new: the staging folder is dropped, OUT stays as it is
                raise _Unchanged(g)
            report = _phase_report(args.quiet or len(g.documents) < 2)
            if report:
                report(f"read the analyses, analysed {g.added} document(s) ({len(g.documents)} in all) and resolved "
                       f"{len(g.entities)} entities in {time.perf_counter() - began:.1f} s{peak_memory()}")
            formats = [fmt for fmt, name in (("nt", "graph.nt"), ("json-ld", "graph.jsonld")) if (out / name).exists()]
            write_build(stage, g, formats, html=(out / "graph.html").exists(), report=report, update=True)
    except _Unchanged as e:
        if not args.quiet:
            print(f"0 document(s) analysed, {e.documents} in all; {out} is unchanged (every document is already there)")
        return 0
    if not args.quiet:
        print(f"{g.added} document(s) analysed, {len(g.documents)} in all; {len(g.entities)} entities, "
              f"{len(g.facts)} relations")
    for message in g.skipped:
        print(f"kg add: skipped {message}", file=sys.stderr)
    return 1 if g.skipped else 0


class _Unchanged(Exception):
    """kg add found nothing new to add: its staging folder is dropped."""

    def __init__(self, documents: int):
        super().__init__(documents)
        self.documents = documents


def _build_inputs(args) -> list:
    """The inputs of ``kg build``: paths, stdin (``-``) as the bytes of a file, ``--text`` as text."""
    if not args.inputs and not args.text:
        raise InputError("give an INPUT path, - for stdin, or --text TEXT")
    inputs: list = []
    for item in args.inputs:
        if item == "-":
            inputs.append(sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8"))
        else:
            inputs.append(Path(item))
    return inputs


def _load(path: str):
    """The graph of an output folder, after finishing the swap of a build that was killed (see kg.outputs)."""
    from .outputs import recover
    from .store import open_graph

    if not Path(path).exists():
        recover(Path(path))
    return open_graph(path)


def _print_rows(rows: list[dict[str, str]], cols: list[str], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])
        sys.stdout.write(buf.getvalue())
        return
    from .query import display_width

    cells = [[(v, display_width(v)) for v in (_short(r.get(c, "")) for c in cols)] for r in rows]  # each width once
    head = [(c, display_width(c)) for c in cols]
    widths = [max([head[i][1]] + [row[i][1] for row in cells]) for i in range(len(cols))]

    def line(values):
        return "  ".join(v + " " * (w - n) for (v, n), w in zip(values, widths)).rstrip()

    out = [line(head), line([("-" * w, w) for w in widths])]
    out.extend(line(row) for row in cells)
    print("\n".join(out))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def _short(value: str) -> str:
    """IRIs print with their prefix; newlines print as spaces."""
    if value.startswith(("http://", "https://")):
        for prefix, ns in PREFIXES.items():
            if value.startswith(ns):
                return f"{prefix}:{value[len(ns):]}"
    return value.replace("\n", " ") if "\n" in value else value


def _query(args) -> int:
    from .query import RowLimitError, bind, columns, focus_variables, named_queries, run_query

    if args.list:
        for name, path in named_queries().items():
            text = path.read_text(encoding="utf-8")
            header = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")), "")
            about = " ".join(f"--bind {v}=…" for v in focus_variables(text))
            print(f"{name:30} {header}" + (f" [{about}]" if about else ""))
        return 0
    if args.query and not Path(args.query).exists() and args.query in named_queries():
        args.query = str(named_queries()[args.query])
    if bool(args.query) == bool(args.expression):
        raise QueryError("give a query file or -e SPARQL (one of them)")
    if args.expression:
        sparql = args.expression
    else:
        path = Path(args.query)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        try:
            sparql = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise QueryError(f"{path}: not a UTF-8 text file") from None
    bindings = {}
    for item in args.bind:
        var, sep, value = item.partition("=")
        if not sep or not var.strip("?$ ") or not value:
            raise QueryError(f"--bind takes VAR=VALUE (e.g. --bind organization=郑州公交32路), not {item!r}")
        bindings[var.strip()] = value
    sparql = bind(sparql, bindings)
    g = _load(args.graph)
    try:
        rows = run_query(g, sparql, timeout=args.timeout or None, max_rows=args.max_rows or None,
                         allow_service=args.allow_service)
    except RowLimitError as e:
        _print_rows(e.rows, columns(sparql, e.rows), args.format)
        raise
    _print_rows(rows, columns(sparql, rows), args.format)
    return 0


STATS_QUERIES = {
    "documents": "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }",
    "articles": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }",
    "entities.Person": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Person }",
    "entities.Organization": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Organization }",
    "entities.Place": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Place }",
    "entities.Initiative": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Initiative }",
    "mentions": "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a kg:Mention }",
    "relations": "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a rdf:Statement }",
    "evidence": "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?v a kg:Evidence }",
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
}


def _stats(args) -> int:
    from .query import run_query

    g = _load(args.graph)
    out = {k: int(run_query(g, q)[0]["n"]) for k, q in STATS_QUERIES.items()}
    for row in run_query(g, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?f a rdf:Statement ; rdf:predicate ?p } GROUP BY ?p ORDER BY ?p"):
        out["relations." + row["p"].rsplit("/", 1)[-1].rsplit("#", 1)[-1]] = int(row["n"])
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        width = max(map(len, out))
        for k, v in out.items():
            print(f"{k:<{width}}  {v}")
    return 0


def _serve(args) -> int:
    from .serve import serve

    print(f"serving {args.graph} at http://{args.host}:{args.port}/query (SPARQL, read-only); Ctrl-C stops",
          file=sys.stderr)
    return serve(args.graph, args.host, args.port, args.timeout)


def _eval(args) -> int:
    from .evaluate import as_json, evaluate, format_report, load_gold

    if Path(args.gold).is_dir():
        return _eval_corpus(args)
    if args.graph is None:
        raise InputError("kg eval GOLD.json OUTDIR: give the built graph to score (or a folder of gold files)")
    gold = load_gold(args.gold)
    result = evaluate(gold, _load(args.graph))
    if args.json:
        print(json.dumps(as_json(result), ensure_ascii=False, indent=1))
    else:
        print(format_report(result, verbose=args.verbose))
    return 0


def _eval_corpus(args) -> int:
    from .evaluate import as_json, evaluate_corpus, format_corpus_report

    if args.graph is not None:
        raise InputError(f"{args.gold} is a folder of gold files: kg builds their texts itself; "
                         "give --texts FOLDER instead of a built graph")
    held_out = {n.strip().removesuffix(".gold.json") for n in args.held_out.split(",") if n.strip()}
    extractors = [x.strip() for x in args.extractors.split(",") if x.strip()] if args.extractors else None
    results = evaluate_corpus(args.gold, args.texts, extractors=extractors, progress=sys.stderr.isatty())
    for name, result in results.items():
        for problem in result["problems"][:5]:
            print(f"warning: {name}.gold.json: not in its text: {problem}", file=sys.stderr)
    unknown = held_out - results.keys()
    if unknown:
        raise InputError(f"--held-out names files that are not in {args.gold}: {', '.join(sorted(unknown))}")
    if args.json:
        print(json.dumps({n: {**as_json(r), "held_out": n in held_out} for n, r in results.items()},
                         ensure_ascii=False, indent=1))
    else:
        print(format_corpus_report(results, held_out, verbose=args.verbose))
    return 0


def _input_records(path: str):
    """(id, text) per non-blank line of JSONL or plain text, from a file or stdin."""
    from .text import decode

    if path == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
        lines = decode(data, "stdin").splitlines()
    else:
        p = Path(path)
        if not p.is_file():
            raise InputError(f"{path}: no such file")
        lines = decode(p.read_bytes(), path).splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if line.lstrip().startswith("{"):
            from .reader import json_record

            record = json_record(line, f"{path}:{n}")
            yield record.get("id", n), record["text"]
        else:
            yield n, line


def _extract(args) -> int:
    from .recognize import recognize_stream

    if args.batch_size < 1 or args.workers < 1:
        raise InputError("--batch-size and --workers must be at least 1")
    records = list(_input_records(args.input))
    texts = (t for _, t in records)
    recognizers = [x.strip() for x in args.extractors.split(",") if x.strip()]
    for (rid, text), entities in zip(records, recognize_stream(texts, args.batch_size, args.workers, recognizers)):
        print(json.dumps({"id": rid, "text": text, "entities": entities}, ensure_ascii=False))
    return 0


def _eval_ner(args) -> int:
    from .ner_eval import entity_spans, format_report, read_jsonl, score

    gold = read_jsonl(args.gold)
    if args.pred:
        pred_records = read_jsonl(args.pred)
        if len(pred_records) != len(gold):
            raise InputError(f"{args.pred}: {len(pred_records)} lines, but the gold has {len(gold)}")
        pred = [entity_spans(r) for r in pred_records]
    elif args.extractors == "lac":
        from .tagger import LacTagger

        names = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
        pred = [[(t.start, t.end, names[t.tag]) for t in ts if t.tag in names]
                for ts in LacTagger.shared().tag([r["text"] for r in gold])]
    else:
        from .recognize import recognize

        recognizers = [x.strip() for x in args.extractors.split(",") if x.strip()]
        pred = [[(e["start"], e["end"], e["type"]) for e in es] for es in recognize([r["text"] for r in gold], recognizers)]
    result = score([entity_spans(r) for r in gold], pred)
    if args.json:
        print(json.dumps({**result, "confusion": {f"{g}->{p}": n for (g, p), n in result["confusion"].items()}},
                         ensure_ascii=False, indent=1))
    else:
        print(format_report(result, args.gold))
    return 0


COMMANDS = {"build": _build, "add": _add, "query": _query, "serve": _serve, "stats": _stats, "eval": _eval, "extract": _extract,
            "eval-ner": _eval_ner}


def main(argv: list[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    command = next((a for a in given if not a.startswith("-")), None)
    parser = _parser(reader=command in READERS)
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except KgError as e:
        print(f"kg {args.command}: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
