"""The errors that users can cause, one type per kind. The CLI prints them as one line."""


class KgError(Exception):
    """Base class of every error that is the user's to fix (not a bug)."""


class InputError(KgError):
    """An input file or text that kg cannot read: empty, binary, unknown encoding, bad JSONL."""


class OutputError(KgError):
    """An output folder that cannot be written: read-only, a file in its place, full disk, another build in it."""


class QueryError(KgError):
    """A SPARQL query that cannot be parsed or run, or a graph directory that cannot be loaded."""


class InputTypeError(InputError, TypeError):
    """An input of a type kg does not read (``None``, a number), or a ``str`` that names a file."""
