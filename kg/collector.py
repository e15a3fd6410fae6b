"""Python's cyclic garbage collector paused while kg makes millions of small objects.

What kg's pipeline holds makes no reference cycles (plain data objects), so the collector frees
nothing there, but every collection walks the young objects and every full one all of them: on
2,042 news-large articles analysed in one process, the build took about 10% less CPU with the
collector off; with ``--workers 2``, pausing it in the workers too took their CPU from 54 and 56 s to
51 and 52 s. The ``kg`` command pauses it for a whole ``kg build`` or ``kg add`` (``kg/cli.py``),
each spawned or Dask worker while it analyses a batch (``kg.pipeline``); ``kg.build()`` called from a
program leaves the program's collector alone.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a build or ``kg add`` runs, as it was afterwards.

    What a build holds makes no reference cycles (plain data objects; ``gc.collect()`` after assembling
    news-large's graph found nothing to free), but there are millions of those objects, and every full
    collection walks them all (2.3 s on news-large's graph): the collector, started again and again by the
    objects a build makes, took half the time of reading news-large's analyses back (19 s, 10 s without)
    and two thirds of ``graph.html``'s page data (14 s, 4 s without).

    >>> import gc
    >>> with paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
