import asyncio
import functools
from concurrent.futures import ProcessPoolExecutor


def zaehle_primzahlen(grenze, ab=2):
    anzahl = 0
    for zahl in range(ab, grenze):
        teiler = 2
        while teiler * teiler <= zahl:
            if zahl % teiler == 0:
                break
            teiler += 1
        else:
            anzahl += 1
    return anzahl


async def haupt(executor):
    loop = asyncio.get_running_loop()
    grenzen = [5_000, 10_000, 15_000]
    ergebnisse = await asyncio.gather(
        *(loop.run_in_executor(executor, zaehle_primzahlen, grenze) for grenze in grenzen)
    )
    print(f'Primzahlen unter {grenzen}: {ergebnisse}')

    try:
        loop.run_in_executor(executor, zaehle_primzahlen, 10_000, ab=5_000)
    except TypeError as fehler:
        print(f'Schlüsselwortargument direkt: {type(fehler).__name__}')
    mit_partial = functools.partial(zaehle_primzahlen, 10_000, ab=5_000)
    print(f'Mit functools.partial: {await loop.run_in_executor(executor, mit_partial)}')


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        asyncio.run(haupt(executor))
