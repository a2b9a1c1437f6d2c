"""The four measurements behind the charts and numbers on the pages.

Each function returns plain data (seconds or bytes per second) for one JSON
file. `quick=True` shrinks every workload so the whole run takes a few
seconds: it proves the command works, its numbers mean nothing.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import shared_memory
from typing import Any

START_METHODS = ("fork", "spawn", "forkserver")


def burn(n: int) -> int:
    """Pure-Python CPU work: holds the GIL the whole time."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def tiny(x: int) -> int:
    """A tiny task: about 1500 additions, less work than sending it to a process with chunksize=1."""
    return sum(range(x % 50 + 1500))


def noop() -> None:
    pass


def _best(repeat: int, run: Callable[[], object]) -> float:
    """Best of `repeat` wall-clock runs, as timeit recommends: noise only adds time."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _interleaved(repeat: int, runs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Best time of each run, taking turns: a slow spell of the machine hits every run alike."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            best[name] = min(best[name], _best(1, run))
    return best


def speedup(quick: bool) -> dict[str, Any]:
    """The same CPU-bound tasks, serially and with 1..N workers of each kind."""
    tasks, n, repeat = (4, 20_000, 1) if quick else (8, 2_000_000, 15)
    workers = list(range(1, max(2, os.cpu_count() or 1) + 1))
    args = [n] * tasks

    def serial() -> list[int]:
        return [burn(a) for a in args]

    def threads(w: int) -> list[int]:
        with ThreadPoolExecutor(w) as ex:
            return list(ex.map(burn, args))

    def pool(w: int) -> list[int]:
        with mp.Pool(w) as p:
            result = p.map(burn, args, chunksize=1)
            p.close()  # let the workers end on their own: quicker than the terminate() of __exit__
            p.join()
            return result

    def executor(w: int) -> list[int]:
        with ProcessPoolExecutor(w) as ex:
            return list(ex.map(burn, args))

    expected = serial()
    for kind in (threads, pool, executor):
        assert kind(1) == expected, kind.__name__
    runs: dict[str, Callable[[], object]] = {"serial": serial}
    for kind in (threads, pool, executor):
        for w in workers:
            runs[f"{kind.__name__}.{w}"] = lambda kind=kind, w=w: kind(w)
    best = _interleaved(repeat, runs)
    return {
        "tasks": tasks,
        "n": n,
        "repeat": repeat,
        "start_method": mp.get_start_method(),
        "workers": workers,
        "serial": best["serial"],
        **{kind: [best[f"{kind}.{w}"] for w in workers] for kind in ("threads", "pool", "executor")},
    }


def granularity(quick: bool) -> dict[str, Any]:
    """Many tiny tasks through ProcessPoolExecutor.map by chunksize, against the serial loop."""
    tasks, repeat = (2_000, 1) if quick else (20_000, 3)
    chunksizes = [1, 10, 100, 1000] if quick else [1, 3, 10, 30, 100, 300, 1000, 3000]
    workers = max(2, os.cpu_count() or 1)
    inputs = range(tasks)

    def serial() -> list[int]:
        return [tiny(x) for x in inputs]

    def parallel(chunksize: int) -> list[int]:
        with ProcessPoolExecutor(workers) as ex:
            return list(ex.map(tiny, inputs, chunksize=chunksize))

    assert parallel(chunksizes[-1]) == serial()
    runs: dict[str, Callable[[], object]] = {"serial": serial}
    runs.update({str(c): lambda c=c: parallel(c) for c in chunksizes})
    best = _interleaved(repeat, runs)
    return {
        "tasks": tasks,
        "repeat": repeat,
        "workers": workers,
        "start_method": mp.get_start_method(),
        "serial": best["serial"],
        "chunksizes": chunksizes,
        "executor": [best[str(c)] for c in chunksizes],
    }


def startup(quick: bool) -> dict[str, Any]:
    """Start and join one process; start a pool of 2, run one task, shut it down. Per start method."""
    processes, pools = (3, 1) if quick else (30, 7)
    result: dict[str, Any] = {"methods": list(START_METHODS), "process": [], "pool": [], "executor": []}
    for method in START_METHODS:
        ctx = mp.get_context(method)

        def one_process(ctx: Any = ctx) -> None:
            p = ctx.Process(target=noop)
            p.start()
            p.join()

        def one_pool(ctx: Any = ctx) -> None:
            with ctx.Pool(2) as pool:
                pool.apply(noop)
                pool.close()
                pool.join()

        def one_executor(ctx: Any = ctx) -> None:
            with ProcessPoolExecutor(2, mp_context=ctx) as ex:
                ex.submit(noop).result()

        one_process()  # the first forkserver start also starts the server
        result["process"].append(statistics.median(_best(1, one_process) for _ in range(processes)))
        result["pool"].append(statistics.median(_best(1, one_pool) for _ in range(pools)))
        result["executor"].append(statistics.median(_best(1, one_executor) for _ in range(pools)))
    return result


def _send_queue(q: Any, size: int, count: int) -> None:
    data = bytes(size)
    for _ in range(count):
        q.put(data)


def _send_pipe(conn: Any, size: int, count: int) -> None:
    data = bytes(size)
    for _ in range(count):
        conn.send_bytes(data)
    conn.close()


def _send_shm(name: str, size: int, count: int, free: Any, full: Any) -> None:
    shm = shared_memory.SharedMemory(name=name)
    data = bytes(size)
    for _ in range(count):
        free.acquire()
        shm.buf[:size] = data
        full.release()
    shm.close()


def _transfer(channel: str, size: int, count: int) -> None:
    """A child process sends `count` messages of `size` bytes; this process receives them all."""
    if channel == "queue":
        q: Any = mp.Queue()
        child = mp.Process(target=_send_queue, args=(q, size, count))
        child.start()
        for _ in range(count):
            q.get()
        child.join()
    elif channel == "pipe":
        receiver, sender = mp.Pipe(duplex=False)
        child = mp.Process(target=_send_pipe, args=(sender, size, count))
        child.start()
        sender.close()
        for _ in range(count):
            receiver.recv_bytes()
        child.join()
    elif channel == "manager":
        with mp.Manager() as manager:
            mq = manager.Queue()
            child = mp.Process(target=_send_queue, args=(mq, size, count))
            child.start()
            for _ in range(count):
                mq.get()
            child.join()
    elif channel == "shared_memory":
        shm = shared_memory.SharedMemory(create=True, size=size)
        try:
            free, full = mp.Semaphore(1), mp.Semaphore(0)
            child = mp.Process(target=_send_shm, args=(shm.name, size, count, free, full))
            child.start()
            for _ in range(count):
                full.acquire()
                bytes(shm.buf[:size])  # the receiver copies the message out, as it would from a queue
                free.release()
            child.join()
        finally:
            shm.close()
            shm.unlink()
    else:
        raise ValueError(channel)


IPC_CHANNELS = ("queue", "pipe", "manager", "shared_memory")


def ipc(quick: bool) -> dict[str, Any]:
    """Bytes per second from a child to the parent, by message size and channel."""
    sizes = [1 << 10, 1 << 16] if quick else [1 << 10, 1 << 13, 1 << 16, 1 << 19, 1 << 22]
    total, repeat = (1 << 20, 1) if quick else (1 << 25, 3)
    result: dict[str, Any] = {"sizes": sizes, "total": total, "start_method": mp.get_start_method()}
    for channel in IPC_CHANNELS:
        rates = []
        for size in sizes:
            count = max(20, total // size // (8 if channel == "manager" else 1))  # the manager is slow
            seconds = _best(repeat, lambda c=channel, s=size, n=count: _transfer(c, s, n))
            rates.append(size * count / seconds)
        result[channel] = rates
    return result


MEASUREMENTS: dict[str, Callable[[bool], dict[str, Any]]] = {
    "speedup": speedup,
    "granularity": granularity,
    "startup": startup,
    "ipc": ipc,
}
