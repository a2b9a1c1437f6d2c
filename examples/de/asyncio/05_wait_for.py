import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def schlafe(sekunden):
    time.sleep(sekunden)
    return f'{sekunden} s geschlafen'


async def haupt(executor):
    futures = [executor.submit(schlafe, 0.8)] + [executor.submit(schlafe, 0.02) for _ in range(4)]
    laufend, wartend = futures[0], futures[-1]
    try:
        await asyncio.wait_for(asyncio.wrap_future(laufend), timeout=0.2)
    except asyncio.TimeoutError:
        print('Zeitlimit für die laufende Aufgabe: TimeoutError')
    print(f'  abgebrochen: {laufend.cancelled()}, läuft weiter: {laufend.running()}')
    try:
        await asyncio.wait_for(asyncio.wrap_future(wartend), timeout=0.05)
    except asyncio.TimeoutError:
        print('Zeitlimit für die wartende Aufgabe: TimeoutError')
    print(f'  abgebrochen: {wartend.cancelled()}')
    return futures


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        futures = asyncio.run(haupt(executor))
    # __exit__ hat gewartet, bis die laufende Aufgabe fertig war
    print(f'Laufende Aufgabe später: {futures[0].result()}')
    print(f'Abgebrochen: {[n for n, f in enumerate(futures) if f.cancelled()]}')
