import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def sleep(seconds):
    time.sleep(seconds)
    return f'slept {seconds} s'


async def main(executor):
    futures = [executor.submit(sleep, 0.8)] + [executor.submit(sleep, 0.02) for _ in range(4)]
    running, waiting = futures[0], futures[-1]
    try:
        await asyncio.wait_for(asyncio.wrap_future(running), timeout=0.2)
    except asyncio.TimeoutError:
        print('Timeout for the running task: TimeoutError')
    print(f'  cancelled: {running.cancelled()}, still running: {running.running()}')
    try:
        await asyncio.wait_for(asyncio.wrap_future(waiting), timeout=0.05)
    except asyncio.TimeoutError:
        print('Timeout for the waiting task: TimeoutError')
    print(f'  cancelled: {waiting.cancelled()}')
    return futures


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        futures = asyncio.run(main(executor))
    # __exit__ has waited until the running task was done
    print(f'Running task later: {futures[0].result()}')
    print(f'Cancelled: {[n for n, f in enumerate(futures) if f.cancelled()]}')
