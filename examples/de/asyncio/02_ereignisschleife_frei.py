import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def rechne(sekunden):
    ende = time.perf_counter() + sekunden
    schritte = 0
    while time.perf_counter() < ende:  # reines Rechnen, kein Warten
        schritte += 1
    return 'fertig'


async def ticker(zaehler):
    while True:
        await asyncio.sleep(0.05)
        zaehler['ticks'] += 1


async def haupt(executor):
    loop = asyncio.get_running_loop()
    zaehler = {'ticks': 0}
    tick_aufgabe = asyncio.create_task(ticker(zaehler))
    await asyncio.sleep(0)  # der Ticker beginnt

    vorher = zaehler['ticks']
    ergebnis = await loop.run_in_executor(executor, rechne, 0.3)
    print(f'Pool: {ergebnis}, Ticker lief dabei mindestens 3-mal: {zaehler["ticks"] - vorher >= 3}')

    vorher = zaehler['ticks']
    ergebnis = rechne(0.3)  # direkt in der Koroutine: blockiert die Ereignisschleife
    print(f'Direkt: {ergebnis}, Ticker lief dabei {zaehler["ticks"] - vorher}-mal')

    tick_aufgabe.cancel()


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        asyncio.run(haupt(executor))
