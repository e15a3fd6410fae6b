"""numpy's BLAS on one thread in the processes that build a graph, unless the user chose otherwise.

kg's trained recognizer multiplies small matrices; OpenBLAS's extra threads spin more than they
work (1,000 news-large articles: 23.6 s of CPU for 17.4 s of wall time with one thread per core,
17.9 s for 18.0 s with one), and with ``--workers`` they only take the cores from the other
processes. OpenBLAS reads its thread count from the environment once, as numpy loads it, so
:func:`one_thread` sets the count for that moment only: the process's environment is left as it
was (a program that starts other programs passes them nothing of kg's). The ``kg`` command sets
the same variables for its whole run, before anything loads numpy (``kg/cli.py``).

Examples:
    >>> import sys
    >>> one_thread() if "numpy" in sys.modules else False  # numpy is loaded already: nothing to do
    False
"""
from __future__ import annotations

import os
import sys

VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_thread() -> bool:
    """Load numpy with one BLAS thread, unless it is loaded already or the user set one of :data:`VARIABLES`
    (their choice wins); True when numpy was loaded here. Too late once numpy is loaded: set
    ``OPENBLAS_NUM_THREADS=1`` before starting Python, or import :mod:`kg` first."""
    if "numpy" in sys.modules or any(v in os.environ for v in VARIABLES):
        return False
    os.environ.update(dict.fromkeys(VARIABLES, "1"))
    try:
        import numpy  # noqa: F401
    finally:
        for v in VARIABLES:
            os.environ.pop(v, None)
    return True
