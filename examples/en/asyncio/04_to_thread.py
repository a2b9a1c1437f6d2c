import asyncio
import os
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager


def compute(count):
    total = 0
    for i in range(count):
        total += i * i
    return os.getpid()


def compute_together(barrier, count):
    barrier.wait(timeout=10)  # goes on only when both tasks are running at the same time
    return compute(count)


async def main(executor, barrier):
    loop = asyncio.get_running_loop()
    count = 500_000

    wall, cpu = time.perf_counter(), time.process_time()
    pids = await asyncio.gather(asyncio.to_thread(compute, count), asyncio.to_thread(compute, count))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f'to_thread: processes: {len(set(pids))}, the parent process: {set(pids) == {os.getpid()}}')
    print(f'to_thread: CPU time at most 1.3 times the wall-clock time: {cpu < 1.3 * wall}')

    pid = await loop.run_in_executor(None, compute, 10)
    print(f'run_in_executor(None, ...): in the parent process: {pid == os.getpid()}')

    pids = await asyncio.gather(
        *(loop.run_in_executor(executor, compute_together, barrier, count) for _ in range(2))
    )
    print(f'ProcessPoolExecutor: processes: {len(set(pids))}, the parent process: {os.getpid() in pids}')


if __name__ == '__main__':
    with Manager() as manager, ProcessPoolExecutor(max_workers=2) as executor:
        asyncio.run(main(executor, manager.Barrier(2)))
