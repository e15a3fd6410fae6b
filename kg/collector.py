"""Python's cyclic garbage collector paused while kg makes millions of small objects.

What kg's pipeline holds makes no reference cycles (plain data objects), so the collector frees
nothing there, but every collection walks the young objects and every full one all of them. On the
2,042 news-large articles of ``benchmarks/fact_diff.py sample``, ``kg.build()`` in one process took 29.7
and 33.0 s of CPU with the collector on, 25.3 and 28.0 s with it off (``time.process_time()``, models
loaded first); ``kg build --workers 2`` took 54 and 56 s of CPU (``/usr/bin/time``), 51 and 52 s with it
paused in the workers too. The ``kg`` command pauses it for a whole ``kg build`` or ``kg add``
(``kg/cli.py``) and in each of its spawned workers while it analyses a batch (``kg.pipeline``);
``kg.build()`` called from a program, and a Dask worker (the user's process), keep their collector as it is.
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
