import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def compute(seconds):
    end = time.perf_counter() + seconds
    steps = 0
    while time.perf_counter() < end:  # pure computing, no waiting
        steps += 1
    return 'done'


async def ticker(counter):
    while True:
        await asyncio.sleep(0.05)
        counter['ticks'] += 1


async def main(executor):
    loop = asyncio.get_running_loop()
    counter = {'ticks': 0}
    tick_task = asyncio.create_task(ticker(counter))
    await asyncio.sleep(0)  # the ticker starts

    before = counter['ticks']
    result = await loop.run_in_executor(executor, compute, 0.3)
    print(f'Pool: {result}, ticker ran at least 3 times meanwhile: {counter["ticks"] - before >= 3}')

    before = counter['ticks']
    result = compute(0.3)  # directly in the coroutine: blocks the event loop
    print(f'Direct: {result}, ticker ran {counter["ticks"] - before} times meanwhile')

    tick_task.cancel()


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        asyncio.run(main(executor))
