import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor


def sleep_for(seconds):
    time.sleep(seconds)
    return 'done'


if __name__ == '__main__':
    with multiprocessing.Pool(1) as pool:
        result = pool.apply_async(sleep_for, (5,))
    # __exit__ has called terminate(): the worker is gone
    print(f'Pool without waiting: ready() = {result.ready()}')
    try:
        result.get(timeout=0.1)
    except multiprocessing.TimeoutError:
        print('Pool without waiting: the result never arrives')

    with multiprocessing.Pool(1) as pool:
        result = pool.apply_async(sleep_for, (0.2,))
        pool.close()
        pool.join()  # waits for all tasks before __exit__ calls terminate()
    print(f'Pool with close() and join(): get() = {result.get(timeout=0.1)!r}')

    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(sleep_for, 0.2)
    # __exit__ has called shutdown(wait=True)
    print(f'Executor: done() = {future.done()}, result() = {future.result()!r}')
