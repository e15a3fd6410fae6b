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

import re
import sys
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from .errors import QueryError
from .rdf import PREFIXES

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


def _value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    if isinstance(term, (URIRef, BNode)):
        return str(term)
    return str(term)


def run_query(g: Graph, sparql: str) -> list[dict[str, str]]:
    """Run SELECT or ASK; returns rows as ``{variable: value}`` (ASK: one row ``{"ask": "true"}``).

    Raises :class:`QueryError` with the parser's message for an invalid query.
    """
    if not sparql.strip():
        raise QueryError("empty query")
    full = with_prefixes(sparql)
    added = full.count("\n") - sparql.count("\n")
    try:
        result = g.query(full)
        if result.type == "ASK":
            return [{"ask": "true" if result.askAnswer else "false"}]
        if result.type != "SELECT":
            raise QueryError("only SELECT and ASK queries print as tables (CONSTRUCT/DESCRIBE: use rdflib)")
        names = [str(v) for v in result.vars]
        return [{n: _value(row[i]) for i, n in enumerate(names)} for row in result]
    except QueryError:
        raise
    except Exception as e:
        message = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        # line numbers as the user wrote the query, without the predeclared prefixes
        message = re.sub(r"at (\d+):(\d+)", lambda m: f"at line {int(m.group(1)) - added}, column {m.group(2)}", message)
        raise QueryError(f"invalid SPARQL: {message}") from None


def columns(sparql: str, rows: list[dict[str, str]]) -> list[str]:
    """Column order: the SELECT's variables as written, else the first row's keys."""
    if rows:
        return list(rows[0])
    m = re.search(r"(?is)SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\s*(?:WHERE|FROM|\{)", sparql)
    return re.findall(r"\?(\w+)", m.group(1)) if m and "*" not in m.group(1) else []


def display_width(text: str) -> int:
    """Terminal columns a string takes: wide (CJK) characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
