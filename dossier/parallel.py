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
Mid = TypeVar("Mid")
Result = TypeVar("Result")

_DONE = object()  # the end of an iterator, for next()


def _pool(workers: int) -> ProcessPoolExecutor:
    # forkserver, not fork: the parent may hold DuckDB and Dagster threads.
    return ProcessPoolExecutor(max_workers=workers, mp_context=get_context("forkserver"))


def map_batches(fn: Callable[[In], Out], batches: Iterable[In], *, workers: int,
                in_process: bool = False) -> Iterator[Out]:
    """fn(batch) for each batch, in order; at most 2 x workers batches in flight."""
    if in_process or workers <= 1:
        yield from map(fn, batches)
        return
    with _pool(workers) as pool:
        pending: deque[Future[Out]] = deque()
        for batch in batches:
            pending.append(pool.submit(fn, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def map_two_stages(first: Callable[[In], Out], batches: Iterable[In],
                   between: Callable[[Out], Iterable[Mid]], second: Callable[[Mid], Result],
                   after: Callable[[Result], None], *, workers: int,
                   in_process: bool = False) -> None:
    """first(batch) for each batch in workers; between(its result) here, which gives the
    batches for second; second(each) in workers, and after(its result) here.

    One pool for both stages, so that neither waits for the other to finish: while this
    process handles one stage's results, the workers run the other's. Second-stage batches
    are submitted before any new first-stage batch, so few results wait for their second
    stage (memory stays flat); results are handled in the order their batches went in.
    """
    if in_process or workers <= 1:
        for batch in batches:
            for follow_up in between(first(batch)):
                after(second(follow_up))
        return
    inputs = iter(batches)
    waiting: deque[Mid] = deque()  # second-stage batches not submitted yet
    running: deque[tuple[bool, Future]] = deque()  # (second stage?, future), oldest first
    with _pool(workers) as pool:
        while True:
            while len(running) < 2 * workers:
                if waiting:
                    running.append((True, pool.submit(second, waiting.popleft())))
                elif (batch := next(inputs, _DONE)) is not _DONE:
                    running.append((False, pool.submit(first, batch)))
                else:
                    break
            if not running:
                return
            is_second, future = running.popleft()
            if is_second:
                after(future.result())
            else:
                waiting.extend(between(future.result()))
