import multiprocessing
import os


def work(x):
    if x == 0:
        os._exit(1)  # the worker ends at once, without output and without raising an exception
    return x * 10


if __name__ == '__main__':
    pool = multiprocessing.Pool(processes=1)
    try:
        lost = pool.apply_async(work, (0,))
        try:
            lost.get(timeout=0.5)  # without a timeout, get() waits here forever
        except multiprocessing.TimeoutError as error:
            print(f'Task 0: {type(error).__name__} after 0.5 s')
        print(f'Task 0 ready? {lost.ready()}')
        print(f'Task 3 in the replacement worker: {pool.apply_async(work, (3,)).get(timeout=10)}')
        print(f'multiprocessing.TimeoutError is a built-in TimeoutError: '
              f'{issubclass(multiprocessing.TimeoutError, TimeoutError)}')
    finally:
        pool.terminate()  # ends all workers, even while tasks are still open
        pool.join()
