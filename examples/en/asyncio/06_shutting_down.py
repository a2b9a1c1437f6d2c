import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def task(number):
    time.sleep(0.2)
    if number == 0:
        raise ValueError('task 0 failed')
    return number


async def main(executor, futures):
    futures += [executor.submit(task, number) for number in range(10)]
    for future in futures:
        print(f'Result: {await asyncio.wrap_future(future)}')  # task 0 raises ValueError


if __name__ == '__main__':
    futures = []
    executor = ProcessPoolExecutor(max_workers=1)
    try:
        asyncio.run(main(executor, futures))
    except ValueError as error:
        print(f'asyncio.run(): {type(error).__name__}: {error}')
    finally:
        executor.shutdown(wait=True, cancel_futures=True)  # do not run the waiting tasks any more
    cancelled = [n for n, f in enumerate(futures) if f.cancelled()]
    print(f'Last task cancelled: {futures[-1].cancelled()}')
    print(f'At least 5 of 10 cancelled: {len(cancelled) >= 5}')
