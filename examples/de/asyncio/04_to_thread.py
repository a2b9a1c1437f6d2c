import asyncio
import os
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager


def rechne(anzahl):
    summe = 0
    for i in range(anzahl):
        summe += i * i
    return os.getpid()


def rechne_gleichzeitig(barriere, anzahl):
    barriere.wait(timeout=10)  # geht erst weiter, wenn beide Aufgaben gleichzeitig laufen
    return rechne(anzahl)


async def haupt(executor, barriere):
    loop = asyncio.get_running_loop()
    anzahl = 500_000

    wand, cpu = time.perf_counter(), time.process_time()
    pids = await asyncio.gather(asyncio.to_thread(rechne, anzahl), asyncio.to_thread(rechne, anzahl))
    wand, cpu = time.perf_counter() - wand, time.process_time() - cpu
    print(f'to_thread: Prozesse: {len(set(pids))}, der Elternprozess: {set(pids) == {os.getpid()}}')
    print(f'to_thread: CPU-Zeit höchstens das 1,3-Fache der Wanduhrzeit: {cpu < 1.3 * wand}')

    pid = await loop.run_in_executor(None, rechne, 10)
    print(f'run_in_executor(None, ...): im Elternprozess: {pid == os.getpid()}')

    pids = await asyncio.gather(
        *(loop.run_in_executor(executor, rechne_gleichzeitig, barriere, anzahl) for _ in range(2))
    )
    print(f'ProcessPoolExecutor: Prozesse: {len(set(pids))}, der Elternprozess: {os.getpid() in pids}')


if __name__ == '__main__':
    with Manager() as manager, ProcessPoolExecutor(max_workers=2) as executor:
        asyncio.run(haupt(executor, manager.Barrier(2)))
