import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager


def aufgabe(nummer, gestartet=None):
    if gestartet is not None:
        gestartet.set()  # meldet dem Elternprozess: Aufgabe 0 läuft im Worker
        time.sleep(0.5)
    return nummer


if __name__ == '__main__':
    with Manager() as manager:
        gestartet = manager.Event()
        executor = ProcessPoolExecutor(max_workers=1)
        futures = [executor.submit(aufgabe, 0, gestartet)]
        gestartet.wait()
        futures += [executor.submit(aufgabe, nummer) for nummer in range(1, 6)]
        while not futures[2].running():  # wartet, bis der Executor Aufgabe 2 übergeben hat
            time.sleep(0.01)
        print(f'Als laufend gemeldet: {[n for n, f in enumerate(futures) if f.running()]}')
        executor.shutdown(wait=True, cancel_futures=True)
    print(f'Ausgeführt: {[f.result() for f in futures if not f.cancelled()]}')
    print(f'Abgebrochen: {[n for n, f in enumerate(futures) if f.cancelled()]}')
