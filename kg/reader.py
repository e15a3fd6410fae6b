"""Inputs → documents: texts, files, folders (``*.txt``, ``*.jsonl``, recursively) and JSONL.

A JSONL file holds one document per line: ``{"text": ..., "id"?, "date"?, "source"?}``.
Files are decoded as UTF-8 (with or without BOM) or GB18030/GBK. A document
without an id gets the hash of its text, so the same text always gets the
same id, whatever its file is called or how it is encoded.

Examples:
    >>> docs = read(["本报讯(记者 王思俊)管城区构建疫情群防群控网。"])
    >>> docs[0].id, len(docs[0].articles)
    ('30b6a8ef7fb7', 1)
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from .errors import InputError
from .model import Document
from .text import decode, parse

Input = str | os.PathLike


def _looks_like_path(s: str) -> bool:
    """An existing path, or one that names a text or JSONL file; anything else is text (文/图 too)."""
    if "\n" in s or len(s) >= 1024:
        return False
    return os.path.exists(s) or s.lower().endswith((".txt", ".jsonl", ".text"))


def files_in(folder: Path) -> list[Path]:
    """The ``*.txt`` and ``*.jsonl`` files below a folder, in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in (".txt", ".jsonl"))


def json_record(line: str, where: str) -> dict:
    """One JSONL line as a record with a ``"text"`` string; an :class:`InputError` says where not."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: malformed JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f'{where}: each line must be a JSON object with a "text" string')
    return record


def jsonl_records(path: str | os.PathLike) -> list[tuple[int, dict]]:
    """(line number, record) for each non-blank line of a JSONL file (UTF-8 or GBK)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    text = decode(p.read_bytes(), str(path))
    return [(n, json_record(line, f"{path}:{n}")) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def read_jsonl(path: Path) -> list[Document]:
    docs = []
    for n, record in jsonl_records(path):
        if not record["text"].strip():
            raise InputError(f"{path}:{n}: empty text")
        doc_id = record.get("id")
        docs.append(
            parse(
                record["text"],
                doc_id=str(doc_id) if doc_id is not None else None,
                source=str(record.get("source") or f"{path}:{n}"),
                date=record.get("date"),
            )
        )
    if not docs:
        raise InputError(f"{path}: no documents")
    return docs


def read_path(path: Path) -> list[Document]:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        files = files_in(path)
        if not files:
            raise InputError(f"{path}: no .txt or .jsonl files in this folder")
        return [d for f in files for d in read_path(f)]
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    if path.suffix.lower() == ".jsonl":
        return read_jsonl(path)
    return [parse(decode(data, str(path)), source=str(path))]


def read(inputs: Input | Iterable[Input]) -> list[Document]:
    """Read texts, paths or a list of them into documents (identical documents once)."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    docs: list[Document] = []
    seen: set[str] = set()
    for item in inputs:
        if isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
            found = read_path(Path(item))
        elif isinstance(item, str):
            found = [parse(item)]
        else:
            raise InputError(f"cannot read {type(item).__name__}: give text, a path, or a list of them")
        for d in found:
            if d.id not in seen:
                seen.add(d.id)
                docs.append(d)
    if not docs:
        raise InputError("no input")
    return docs
