import asyncio
import concurrent.futures
from concurrent.futures import ProcessPoolExecutor


def quadrat(x):
    return x * x


async def haupt(executor):
    future = executor.submit(quadrat, 7)
    print(f'submit() liefert ein concurrent.futures.Future: {isinstance(future, concurrent.futures.Future)}')
    try:
        await future
    except TypeError as fehler:
        print(f'await auf dieses Future: {type(fehler).__name__}')

    verpackt = asyncio.wrap_future(future)
    print(f'wrap_future() liefert ein asyncio.Future: {isinstance(verpackt, asyncio.Future)}')
    print(f'Ergebnis: {await verpackt}')

    futures = [executor.submit(quadrat, x) for x in range(5)]
    ergebnisse = await asyncio.gather(*(asyncio.wrap_future(f) for f in futures))
    print(f'gather über verpackte Futures: {ergebnisse}')
    print(f'Die Originale sind fertig: {all(f.done() for f in futures)}')


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        asyncio.run(haupt(executor))
