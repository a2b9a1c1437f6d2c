import asyncio
import concurrent.futures
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


async def main(executor):
    future = executor.submit(square, 7)
    print(f'submit() returns a concurrent.futures.Future: {isinstance(future, concurrent.futures.Future)}')
    try:
        await future
    except TypeError as error:
        print(f'await on this future: {type(error).__name__}')

    wrapped = asyncio.wrap_future(future)
    print(f'wrap_future() returns an asyncio.Future: {isinstance(wrapped, asyncio.Future)}')
    print(f'Result: {await wrapped}')

    futures = [executor.submit(square, x) for x in range(5)]
    results = await asyncio.gather(*(asyncio.wrap_future(f) for f in futures))
    print(f'gather over wrapped futures: {results}')
    print(f'The originals are done: {all(f.done() for f in futures)}')


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        asyncio.run(main(executor))
