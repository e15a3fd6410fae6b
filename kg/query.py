"""SPARQL over the graph's Oxigraph store; the shipped queries in ``queries/``.

rdflib is where the graph is built and serialized; queries run on Oxigraph
through ``oxrdflib`` (rdflib's own SPARQL engine was 30 to 180 times slower
on 10k triples). The usual prefixes (``schema:``, ``kg:``, ``oa:``, ``prov:``,
``rdf:``, ``rdfs:``, ``xsd:``) are declared for every query.

Examples:
    >>> "people-and-organizations" in named_queries()
    True
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from .errors import InputError, QueryError
from .store import StoredGraph
from .vocabulary import PREFIXES

if TYPE_CHECKING:
    from rdflib import Graph

# queries/ of a checkout (pip install -e), or where a wheel installs them
QUERY_FOLDERS = (Path(__file__).resolve().parent.parent / "queries", Path(sys.prefix) / "share" / "kg" / "queries")


def named_queries() -> dict[str, Path]:
    """The ``.rq`` files shipped in ``queries/``, by name."""
    folder = next((f for f in QUERY_FOLDERS if f.is_dir()), None)
    return {p.stem: p for p in sorted(folder.glob("*.rq"))} if folder else {}


def with_prefixes(sparql: str) -> str:
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", sparql)}
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p.lower() not in declared)
    return head + sparql


_FOCUS = re.compile(r"(?i:VALUES)\s+\?(\w+)\s*\{")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_IRI = re.compile(r'<[^<>"{}|^`\\\s]*>')
_TAGGED = re.compile(r'"((?:[^"\\\n]|\\.)*)"(@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^<[^<>"{}|^`\\\s]*>)?')


def _code(sparql: str) -> str:
    """The query with its strings and comments blanked out (the same length): where its keywords can stand."""
    return _TOKEN.sub(lambda m: " " * len(m.group()) if m.group()[0] in "\"'#" else m.group(), sparql)


def focus_variables(sparql: str) -> list[str]:
    """The variables a query can be asked about: those of its one-variable ``VALUES ?x { … }`` lines.

    The shipped queries list everything by default (``VALUES ?x { UNDEF }`` binds nothing);
    :func:`bind` puts a value in such a line, so that the store looks up one entity's rows
    instead of listing all of them. A line in a comment or a string is none.

    Examples:
        >>> focus_variables('SELECT * WHERE { VALUES ?name { UNDEF } VALUES (?a ?b) { (1 2) } ?e ?p ?name } # VALUES ?x {')
        ['name']
    """
    return list(dict.fromkeys(_FOCUS.findall(_code(sparql))))


def sparql_term(value: str) -> str:
    """A value typed on the command line as SPARQL: an IRI (``<…>``), a number, or a literal with its
    language or type (``"x"@en``, ``"7"^^<…#integer>``) as written; anything else is a name, matched as a
    Chinese literal and as a plain string (names are ``"…"@zh``, kinds and codes plain), its quotes
    (``"郑州公交32路"``) and backslashes taken as text: a value never changes the query around it.

    Examples:
        >>> sparql_term("郑州公交32路"), sparql_term('"郑州公交32路"')
        ('"郑州公交32路"@zh "郑州公交32路"', '"郑州公交32路"@zh "郑州公交32路"')
        >>> sparql_term('x" UNDEF } OPTIONAL {'), sparql_term("7"), sparql_term("<https://schema.org/Person>")
        ('"x\\\\" UNDEF } OPTIONAL {"@zh "x\\\\" UNDEF } OPTIONAL {"', '7', '<https://schema.org/Person>')
    """
    literal = _TAGGED.fullmatch(value)
    if _NUMBER.fullmatch(value) or _IRI.fullmatch(value) or literal and literal.group(2):
        return value
    if literal:  # "郑州公交32路": the name, quoted
        value = re.sub(r"\\(.)", r"\1", literal.group(1))
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'
    return f"{quoted}@zh {quoted}"


def bind(sparql: str, bindings: dict[str, str]) -> str:
    """Ask a query about one thing: the ``VALUES ?VAR { … }`` line of each variable gets the value
    (lines in comments and strings are left alone).

    Examples:
        >>> bind("SELECT ?p WHERE { VALUES ?org { UNDEF } ?p schema:memberOf/schema:name ?org }", {"org": "新华社"})
        'SELECT ?p WHERE { VALUES ?org { "新华社"@zh "新华社" } ?p schema:memberOf/schema:name ?org }'
        >>> bind("# VALUES ?org { UNDEF }\\nSELECT * WHERE { VALUES ?org { UNDEF } }", {"org": "新华社"})
        '# VALUES ?org { UNDEF }\\nSELECT * WHERE { VALUES ?org { "新华社"@zh "新华社" } }'
        >>> bind("SELECT * WHERE { VALUES ?org { UNDEF } }", {"person": "李四"})
        Traceback (most recent call last):
        ...
        kg.errors.QueryError: the query has no VALUES ?person line to bind; it can be asked about ?org
    """
    for var, value in bindings.items():
        var = var.lstrip("?$")
        line = re.compile(r"((?i:VALUES)\s+\?" + re.escape(var) + r"\s*\{)[^}]*\}")
        spots = list(line.finditer(_code(sparql)))
        if not spots:
            can = ", ".join(f"?{v}" for v in focus_variables(sparql)) or "nothing (it has no one-variable VALUES line)"
            raise QueryError(f"the query has no VALUES ?{var} line to bind; it can be asked about {can}")
        term = sparql_term(value)
        for m in reversed(spots):  # (from the end: the offsets before stay)
            sparql = f"{sparql[: m.end(1)]} {term} }}{sparql[m.end():]}"
    return sparql


def _value(term) -> str:
    return "" if term is None else str(term)


UPDATES = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
_TOKEN = re.compile("|".join((
    r'"""[\s\S]*?"""', r"'''[\s\S]*?'''", r'"(?:[^"\\\n]|\\.)*"', r"'(?:[^'\\\n]|\\.)*'",  # strings
    r'<[^<>"{}|^`\\\s]*>', r"#[^\n]*", r"[?$]\w+",  # IRIs, comments, variables
    r"[^\W\d][\w.-]*:[\w.:%-]*", r":[\w.:%-]*", r"\w+", r"\S",  # prefixed names, words, anything else
)))


def keywords(sparql: str) -> list[str]:
    """The bare words of a query in upper case: no strings, IRIs, comments, variables or prefixed names.

    Examples:
        >>> keywords('PREFIX ex: <http://x/service> SELECT ?service WHERE { ?s ex:service "SERVICE" } # SERVICE')
        ['PREFIX', 'SELECT', 'WHERE']
    """
    return [t.upper() for t in _TOKEN.findall(sparql) if t[0].isalpha() and ":" not in t and t[0] not in "?$"]


def check_query(sparql: str, allow_service: bool = False) -> None:
    """Refuse updates (kg query is read-only) and, unless allowed, ``SERVICE`` (it reaches the network)."""
    words = keywords(sparql)
    while words and words[0] in ("PREFIX", "BASE"):
        words.pop(0)
    if words and words[0] in UPDATES:
        raise QueryError(f"kg query is read-only: {words[0]} is an update ({', '.join(UPDATES[:-1])} are not run)")
    if "SERVICE" in words and not allow_service:
        raise QueryError("SERVICE sends the query to another endpoint over the network; "
                         "kg refuses it unless you allow it (--allow-service)")


def run_query(g: Graph | StoredGraph, sparql: str, timeout: float | None = None, max_rows: int | None = None,
              allow_service: bool = False) -> list[dict[str, str]]:
    """Run SELECT or ASK; returns rows as ``{variable: value}`` (ASK: one row ``{"ask": "true"}``).

    The query runs in a child process (where the system can fork) that is stopped after
    ``timeout`` seconds, on Ctrl-C (``KeyboardInterrupt`` is raised here) and after
    ``max_rows`` rows (:class:`RowLimitError` holds the first ``max_rows``). Updates and,
    unless ``allow_service``, ``SERVICE`` are refused. Raises :class:`QueryError` with the
    parser's message for an invalid query.

    Examples:
        >>> from rdflib import Graph
        >>> run_query(Graph(), "INSERT DATA { <x:a> <x:b> <x:c> }")
        Traceback (most recent call last):
        ...
        kg.errors.QueryError: kg query is read-only: INSERT is an update (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, MOVE, ADD are not run)
    """
    if not sparql.strip():
        raise QueryError("empty query")
    check_query(sparql, allow_service)
    if not hasattr(os, "fork"):
        rows = list(_rows(g, sparql, max_rows))
    else:
        rows = _rows_in_child(g, sparql, timeout, max_rows)
    if max_rows is not None and len(rows) > max_rows:
        raise RowLimitError(max_rows, rows[:max_rows])
    return rows


class RowLimitError(QueryError):
    """More rows than allowed; ``rows`` holds the first ones."""

    def __init__(self, max_rows: int, rows: list[dict[str, str]]):
        super().__init__(f"more than {max_rows} rows: the first {max_rows} shown (--max-rows to allow more, 0 for all)")
        self.rows = rows


def _rows(g: Graph, sparql: str, max_rows: int | None):
    """The rows of a query, one by one, at most ``max_rows + 1``."""
    full = with_prefixes(sparql)
    added = full.count("\n") - sparql.count("\n")
    try:
        if isinstance(g, StoredGraph):
            yield from _store_rows(g.open(), full, max_rows)
            return
        result = g.query(full)
        if result.type == "ASK":
            yield {"ask": "true" if result.askAnswer else "false"}
            return
        if result.type != "SELECT":
            raise QueryError("only SELECT and ASK queries print as tables (CONSTRUCT/DESCRIBE: use rdflib)")
        names = [str(v) for v in result.vars]
        for n, row in enumerate(result):
            yield {name: _value(row[i]) for i, name in enumerate(names)}
            if max_rows is not None and n >= max_rows:
                return
    except (QueryError, InputError):
        raise
    except Exception as e:
        message = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        # line numbers as the user wrote the query, without the predeclared prefixes
        message = re.sub(r"at (\d+):(\d+)", lambda m: f"at line {int(m.group(1)) - added}, column {m.group(2)}", message)
        raise QueryError(f"invalid SPARQL: {message}") from None


def _store_rows(store, sparql: str, max_rows: int | None):
    """Rows of a query run by pyoxigraph itself on a store (no rdflib in between)."""
    import pyoxigraph as ox

    from .store import has_union

    # the default graph holds every document's graph and the entities'; a store of an older kg has only those
    result = store.query(sparql, use_default_graph_as_union=not has_union(store))
    if isinstance(result, ox.QueryBoolean):
        yield {"ask": "true" if bool(result) else "false"}
        return
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT and ASK queries print as tables (CONSTRUCT/DESCRIBE: use rdflib)")
    names = [v.value for v in result.variables]
    for n, solution in enumerate(result):
        yield {name: ("" if term is None else term.value) for name, term in zip(names, solution)}
        if max_rows is not None and n >= max_rows:
            return


MEMORY = 4 << 30  # bytes of address space a query may add
BATCH = 1000  # rows per line from the query's child process


def _rows_in_child(g: Graph, sparql: str, timeout: float | None, max_rows: int | None) -> list[dict[str, str]]:
    """Run the query in a forked child that streams rows back as JSON lines; kill it on timeout or Ctrl-C."""
    import json
    import select
    import signal
    import time

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, send, exit without running the parent's clean-up
        code = 0
        try:
            os.close(read)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            _limit_memory()
            with os.fdopen(write, "wb", buffering=1 << 16) as out:
                batch: list[dict[str, str]] = []  # rows go as JSON lists of up to BATCH rows: one encoder call each
                try:
                    for row in _rows(g, sparql, max_rows):
                        batch.append(row)
                        if len(batch) >= BATCH:
                            out.write(json.dumps(batch, ensure_ascii=False).encode("utf-8") + b"\n")
                            batch.clear()
                    if batch:
                        out.write(json.dumps(batch, ensure_ascii=False).encode("utf-8") + b"\n")
                except (QueryError, InputError) as e:
                    if batch:
                        out.write(json.dumps(batch, ensure_ascii=False).encode("utf-8") + b"\n")
                    out.write(json.dumps({"\x00error": str(e)}, ensure_ascii=False).encode("utf-8") + b"\n")
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write)
    deadline = None if not timeout else time.monotonic() + timeout
    chunks: list[bytes] = []
    finished = False
    try:
        while True:
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                raise QueryError(f"the query ran longer than {timeout:g} s and was stopped (--timeout to allow more, 0 for no limit)")
            # wake at least every 0.2 s: a Ctrl-C that another thread received runs its handler only when
            # this (the main) thread runs Python again, so a select without a bound could miss it
            ready, _, _ = select.select([read], [], [], 0.2 if wait is None else min(wait, 0.2))
            if ready:
                data = os.read(read, 1 << 16)
                if not data:
                    break
                chunks.append(data)
        finished = True
    finally:
        os.close(read)
        if not finished:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    lines = b"".join(chunks).splitlines()
    if os.WIFSIGNALED(status) or os.WEXITSTATUS(status) != 0:
        raise QueryError("the query failed: it ran out of memory" if os.WIFSIGNALED(status)
                         and os.WTERMSIG(status) in (signal.SIGABRT, signal.SIGKILL, signal.SIGSEGV)
                         else "the query failed")
    rows: list[dict[str, str]] = []
    for line in lines:
        got = json.loads(line)
        if isinstance(got, dict):  # the child's error, last
            raise QueryError(got["\x00error"])
        rows.extend(got)
    return rows


def _limit_memory() -> None:
    try:
        import resource

        with open("/proc/self/statm") as f:
            size = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (size + MEMORY, resource.RLIM_INFINITY))
    except (OSError, ValueError, ImportError):
        pass


def columns(sparql: str, rows: list[dict[str, str]]) -> list[str]:
    """Column order: the SELECT's variables as written, else the first row's keys."""
    if rows:
        return list(rows[0])
    m = re.search(r"(?is)SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\s*(?:WHERE|FROM|\{)", sparql)
    return re.findall(r"\?(\w+)", m.group(1)) if m and "*" not in m.group(1) else []


def display_width(text: str) -> int:
    """Terminal columns a string takes: wide (CJK) characters take two.

    Examples:
        >>> display_width("管城区 3"), display_width("abc")
        (8, 3)
    """
    if text.isascii():
        return len(text)
    return sum(map(_WIDTHS.__getitem__, text))


class _Widths(dict):
    """The width of each character seen, by character (looked up once in Unicode's table)."""

    def __missing__(self, c: str) -> int:
        import unicodedata

        self[c] = w = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        return w


_WIDTHS = _Widths()
