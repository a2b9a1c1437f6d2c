import os
import threading
from multiprocessing import Pool


def check(x):
    if x == 3:
        raise ValueError(f'{x} is not allowed')
    return x * x


if __name__ == '__main__':
    results = []
    errors = []
    callers = set()

    def on_success(value):  # runs in the parent process, in a helper thread of the pool
        callers.add((os.getpid(), threading.current_thread() is threading.main_thread()))
        results.append(value)

    def on_error(exception):
        errors.append(f'{type(exception).__name__}: {exception}')

    with Pool(2) as pool:
        for x in range(6):
            pool.apply_async(check, (x,), callback=on_success, error_callback=on_error)
        pool.close()  # no more tasks
        pool.join()  # waits for all tasks and their callbacks

    print(f'Results: {sorted(results)}')
    print(f'Errors: {errors}')
    print(f'Callbacks in the parent process: {all(pid == os.getpid() for pid, _ in callers)}')
    print(f'Callbacks in the main thread: {any(in_main_thread for _, in_main_thread in callers)}')
