import time
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ProcessPoolExecutor, wait


def sleep_for(milliseconds):
    time.sleep(milliseconds / 1000)
    return milliseconds


def fail_after(milliseconds):
    time.sleep(milliseconds / 1000)
    raise ValueError('task failed')


def describe(future):
    if future.exception() is not None:
        return f'{type(future.exception()).__name__}: {future.exception()}'
    return f'Result {future.result()}'


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=3) as executor:
        futures = [executor.submit(sleep_for, ms) for ms in (0, 400, 400)]
        done, not_done = wait(futures, return_when=FIRST_COMPLETED)
        print(f'FIRST_COMPLETED: {len(done)} done, {len(not_done)} not done')
        print(f'  {sorted(describe(f) for f in done)}')
        done, not_done = wait(futures, return_when=ALL_COMPLETED)
        print(f'ALL_COMPLETED: {len(done)} done, {len(not_done)} not done')

        futures = [executor.submit(sleep_for, 0), executor.submit(fail_after, 200), executor.submit(sleep_for, 600)]
        done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
        print(f'FIRST_EXCEPTION: {len(done)} done, {len(not_done)} not done')
        print(f'  {sorted(describe(f) for f in done)}')
