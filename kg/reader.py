"""Inputs → documents: texts, files, folders (``*.txt``, ``*.jsonl``, recursively) and JSONL.

The type of an input says what it is, never its content: a :class:`pathlib.Path`
(any ``os.PathLike``) is a file or folder, a ``str`` is text, ``bytes`` are the
content of a text file, a dict is one record ``{"text", "id"?, "title"?, "date"?, "source"?}``
as a JSONL line holds it, and a list holds any of these. A ``str`` that reads like a
file name (``page.txt``) is refused rather than built as text: pass ``Path(...)``.

A JSONL file holds one document per line. Files are decoded by :func:`kg.text.decode`
(UTF-8, UTF-16/32 with a BOM, GB18030/GBK, Big5). A document without an id gets the
hash of its text, so the same text always gets the same id, whatever its file is
called or how it is encoded. Two different documents with one id are an error; the
same document given twice is read once.

Examples:
    >>> docs = read(["本报讯(记者 王思俊)管城区构建疫情群防群控网。"])
    >>> docs[0].id, len(docs[0].articles)
    ('30b6a8ef7fb7', 1)
    >>> read("examples/page.txt")
    Traceback (most recent call last):
    ...
    kg.errors.InputTypeError: 'examples/page.txt' looks like a file name, not text: pass pathlib.Path('examples/page.txt') to read the file, or text='examples/page.txt' to build it as text
"""
from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, InputTypeError
from .model import Document
from .text import decode, parse, stream_lines

Input = str | bytes | os.PathLike | Mapping | Document

MAX_ID = 200  # characters of a document id
BIG_FILE = 4 << 20  # bytes: a .txt file larger than this is read line by line, in parts
PART = 1_000_000  # characters of one part of a big .txt file
_FILE_NAME = re.compile(r"^[^\s]{1,255}\.(?:txt|text|jsonl|json|md|csv|html?)$", re.IGNORECASE)


@dataclass
class Reading:
    """What :func:`read_inputs` found: the documents, and the inputs it skipped with why."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one message per skipped file or line


def files_in(folder: Path) -> list[Path]:
    """The ``*.txt`` and ``*.jsonl`` files below a folder, in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in (".txt", ".jsonl"))


def json_record(line: str, where: str) -> dict:
    """One JSONL line as a record with a ``"text"`` string; an :class:`InputError` says where not."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: malformed JSON ({e.msg.removesuffix(' at')} at column {e.colno})") from None
    except RecursionError:
        raise InputError(f"{where}: malformed JSON (nested too deeply)") from None
    except ValueError as e:  # a number of more than 4,300 digits
        raise InputError(f"{where}: unreadable JSON ({str(e).split(';')[0]})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f'{where}: each line must be a JSON object with a "text" string')
    return record


def jsonl_lines(path: str | os.PathLike) -> Iterator[tuple[int, str]]:
    """(line number, line) for each non-blank line of a JSONL file, read piece by piece."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    with _reading(p) as on_read:
        for n, line in stream_lines(p, on_read=on_read):
            if line.strip():
                yield n, line


_PROGRESS: contextvars.ContextVar[bool] = contextvars.ContextVar("progress", default=False)  # read_inputs(progress=)


@contextlib.contextmanager
def _reading(path: Path):
    """A progress bar over the bytes of a big file, when progress is on."""
    size = path.stat().st_size
    if not _PROGRESS.get() or size < BIG_FILE:
        yield None
        return
    import sys

    from tqdm import tqdm

    with tqdm(total=size, desc=f"reading {path.name}", unit="B", unit_scale=True, file=sys.stderr, leave=False) as bar:
        yield bar.update


def read_big_text(path: Path) -> Iterator[Document]:
    """A big ``.txt`` file in parts of about :data:`PART` characters, cut at blank lines (else at
    a line end), read line by line: memory stays bounded by a part. Each part is a document
    whose ``source`` names its lines (``archive.txt#1-20512``); offsets count from its start."""
    lines: list[str] = []
    size, first = 0, 1
    with _reading(path) as on_read:
        for n, line in stream_lines(path, on_read=on_read):
            if size >= PART and (not line.strip() or size >= 2 * PART):
                if "".join(lines).strip():
                    yield parse("\n".join(lines), source=f"{path}#{first}-{n - 1}")
                lines, size, first = [], 0, n
            lines.append(line)
            size += len(line) + 1
    if "".join(lines).strip():
        yield parse("\n".join(lines), source=f"{path}#{first}-{first + len(lines) - 1}")


def jsonl_records(path: str | os.PathLike) -> list[tuple[int, dict]]:
    """(line number, record) for each non-blank line of a JSONL file."""
    return [(n, json_record(line, f"{path}:{n}")) for n, line in jsonl_lines(path)]


def record_id(value: object, where: str) -> str | None:
    """A document id from a record: a string or an integer, at most 200 characters, no control characters.

    Examples:
        >>> record_id(7, "x"), record_id("2022-03-28 第5版", "x"), record_id(None, "x")
        ('7', '2022-03-28 第5版', None)
        >>> record_id({"a": 1}, "corpus.jsonl:3")
        Traceback (most recent call last):
        ...
        kg.errors.InputError: corpus.jsonl:3: "id" must be a string or an integer, not a dict
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        kind = {"bool": "true/false", "dict": "a dict", "list": "a list", "float": "a number with a fraction"}
        raise InputError(f'{where}: "id" must be a string or an integer, not {kind.get(type(value).__name__, type(value).__name__)}')
    if isinstance(value, int):
        if abs(value) >= 10**MAX_ID:
            raise InputError(f'{where}: "id" is a number of more than {MAX_ID} digits')
        return str(value)
    if not value.strip():
        raise InputError(f'{where}: "id" is empty')
    if len(value) > MAX_ID:
        raise InputError(f'{where}: "id" is {len(value)} characters long (at most {MAX_ID})')
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise InputError(f'{where}: "id" holds a control character')
    return value


def record_date(value: object, where: str) -> str | None:
    """A publication date from a record: ``2022-03-28`` (or an ISO date-time, kept to its date).

    Examples:
        >>> record_date("2022-03-28T08:00:00+08:00", "x")
        '2022-03-28'
        >>> record_date(20220328, "corpus.jsonl:2")
        Traceback (most recent call last):
        ...
        kg.errors.InputError: corpus.jsonl:2: "date" 20220328 is not a date like "2022-03-28"
    """
    if value is None:
        return None
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])", value):
        try:
            dt.date.fromisoformat(value[:10])
            return value[:10]
        except ValueError:
            pass
    raise InputError(f'{where}: "date" {json.dumps(value, ensure_ascii=False)[:40]} is not a date like "2022-03-28"')


def from_record(record: Mapping, where: str) -> Document:
    """A document from a JSONL record ``{"text", "id"?, "title"?, "date"?, "source"?}``; a
    ``title`` the text does not open with becomes its first line, so that it is the headline.

    Examples:
        >>> doc = from_record({"title": "新桥通车", "text": "今天，新桥投入使用。"}, "x.jsonl:1")
        >>> doc.articles[0].headline
        '新桥通车'
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f'{where}: a record needs a "text" string')
    if not text.strip():
        raise InputError(f"{where}: empty text")
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise InputError(f'{where}: "title" must be a string')
    if title and title.strip() and not text.lstrip().startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}"
    source = record.get("source")
    if source is not None and not isinstance(source, str):
        raise InputError(f'{where}: "source" must be a string')
    return parse(text, doc_id=record_id(record.get("id"), where), source=source or where,
                 date=record_date(record.get("date"), where))


def read_jsonl(path: Path, skipped: list[str] | None = None) -> Iterator[Document]:
    """The documents of a JSONL file, one per line, read piece by piece.

    With ``skipped`` given, a bad line is named there and the rest is read; else it raises.
    """
    any_line = False
    for n, line in jsonl_lines(path):
        any_line = True
        where = f"{path}:{n}"
        try:
            yield from_record(json_record(line, where), where)
        except InputError as e:
            if skipped is None:
                raise
            skipped.append(str(e))
    if not any_line:
        raise InputError(f"{path}: no documents")


def read_path(path: Path, skipped: list[str] | None = None) -> Iterator[Document]:
    """The documents of a file or a folder; with ``skipped``, a bad file is named there and skipped."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        files = files_in(path)
        if not files:
            raise InputError(f"{path}: no .txt or .jsonl files in this folder")
        for f in files:
            yield from _guarded(lambda f=f: read_path(f, skipped), skipped)
        return
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path, skipped)
        return
    try:
        if path.stat().st_size > BIG_FILE:
            yield from read_big_text(path)
            return
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    yield parse(decode(data, str(path)), source=str(path))


def _guarded(documents, skipped: list[str] | None) -> Iterator[Document]:
    """Run a reader; with ``skipped`` given, its error is recorded there instead of raised."""
    try:
        yield from documents()
    except InputError as e:
        if skipped is None:
            raise
        skipped.append(str(e))


def _one(item: object) -> Iterator[Document]:
    if isinstance(item, Document):
        yield item
    elif isinstance(item, os.PathLike):
        yield from read_path(Path(item))
    elif isinstance(item, str):
        if "\n" not in item and _FILE_NAME.match(item.strip()):
            raise InputTypeError(f"{item!r} looks like a file name, not text: pass pathlib.Path({item!r}) to read "
                                 f"the file, or text={item!r} to build it as text")
        yield parse(item)
    elif isinstance(item, (bytes, bytearray)):
        yield parse(decode(bytes(item), "bytes"))
    elif isinstance(item, Mapping):
        yield from_record(item, "record")
    else:
        raise InputTypeError(f"cannot read {type(item).__name__}: give text (str), a pathlib.Path, bytes, "
                             'a record {"text": ...}, or a list of them')


def read_inputs(inputs: Input | Iterable[Input], keep_going: bool = False, progress: bool = False) -> Reading:
    """Read inputs into documents; with ``keep_going``, bad files and lines are skipped and named;
    with ``progress``, a bar shows while a big file is read.

    Raises :class:`InputError` for a bad input (without ``keep_going``), for two different
    documents with the same id, and when nothing is left to build.
    """
    if inputs is None or isinstance(inputs, (str, bytes, bytearray, os.PathLike, Mapping, Document)):
        inputs = [inputs]
    elif not isinstance(inputs, Iterable):
        raise InputTypeError(f"cannot read {type(inputs).__name__}: give text (str), a pathlib.Path, bytes, "
                             'a record {"text": ...}, or a list of them')
    token = _PROGRESS.set(progress)
    try:
        return _read_all(inputs, keep_going)
    finally:
        _PROGRESS.reset(token)


def _read_all(inputs: Iterable[Input], keep_going: bool) -> Reading:
    reading = Reading()
    skipped = reading.skipped if keep_going else None
    seen: dict[str, Document] = {}
    for item in inputs:
        if isinstance(item, os.PathLike) and skipped is not None:
            found: Iterable[Document] = _guarded(lambda item=item: read_path(Path(item), skipped), skipped)
        else:
            found = _one(item)
        for d in found:
            first = seen.get(d.id)
            if first is None:
                seen[d.id] = d
                reading.documents.append(d)
            elif first.text != d.text:
                message = (f"{d.source or 'input'}: id {d.id!r} is already the id of a different document "
                           f"({first.source or 'an earlier input'}); each document needs its own id")
                if skipped is None:
                    raise InputError(message)
                skipped.append(message)
    if not reading.documents:
        raise InputError("no input" if not reading.skipped else f"no input could be read ({reading.skipped[0]})")
    return reading


def read(inputs: Input | Iterable[Input]) -> list[Document]:
    """Read texts, paths, records or a list of them into documents (identical documents once)."""
    return read_inputs(inputs).documents
