"""Map a function over batches in worker processes, with few batches in flight.

Bounded in-flight work keeps memory flat however many releases a run has; small jobs
run in-process because starting workers costs more than it saves.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


def map_batches(fn: Callable[[In], Out], batches: Iterable[In], *, workers: int,
                in_process: bool = False) -> Iterator[Out]:
    """fn(batch) for each batch, in order; at most 2 x workers batches in flight."""
    if in_process or workers <= 1:
        yield from map(fn, batches)
        return
    # forkserver, not fork: the parent may hold DuckDB and Dagster threads.
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("forkserver")) as pool:
        pending: deque[Future[Out]] = deque()
        for batch in batches:
            pending.append(pool.submit(fn, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
