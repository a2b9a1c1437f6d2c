import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def aufgabe(nummer):
    time.sleep(0.2)
    if nummer == 0:
        raise ValueError('Aufgabe 0 gescheitert')
    return nummer


async def haupt(executor, futures):
    futures += [executor.submit(aufgabe, nummer) for nummer in range(10)]
    for future in futures:
        print(f'Ergebnis: {await asyncio.wrap_future(future)}')  # Aufgabe 0 löst ValueError aus


if __name__ == '__main__':
    futures = []
    executor = ProcessPoolExecutor(max_workers=1)
    try:
        asyncio.run(haupt(executor, futures))
    except ValueError as fehler:
        print(f'asyncio.run(): {type(fehler).__name__}: {fehler}')
    finally:
        executor.shutdown(wait=True, cancel_futures=True)  # wartende Aufgaben nicht mehr ausführen
    abgebrochen = [n for n, f in enumerate(futures) if f.cancelled()]
    print(f'Letzte Aufgabe abgebrochen: {futures[-1].cancelled()}')
    print(f'Mindestens 5 von 10 abgebrochen: {len(abgebrochen) >= 5}')
