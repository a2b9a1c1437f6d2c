import multiprocessing
import time

from joblib import Parallel, delayed


def sleep(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == '__main__':
    start = time.monotonic()
    try:
        Parallel(n_jobs=2, timeout=0.5)(delayed(sleep)(s) for s in (0.1, 20))
    except multiprocessing.TimeoutError as error:
        print(f'{type(error).__module__}.{type(error).__name__}')
        print(f'Also the built-in TimeoutError: {isinstance(error, TimeoutError)}')
    print(f'Back in less than 10 s: {time.monotonic() - start < 10}')
    print(f'Workers running: {len(multiprocessing.active_children())}')
