import os
import pickle
import threading
from multiprocessing import Pool


def check(x):
    if x == 3:
        raise ValueError(f'{x} is not allowed')
    return x * x


def caller():
    """The caller's process ID and whether it runs in the main thread."""
    return os.getpid(), threading.current_thread() is threading.main_thread()


if __name__ == '__main__':
    results = []  # pairs (result, caller())
    errors = []

    try:
        pickle.dumps(lambda value: value)
    except pickle.PicklingError:
        print('A lambda function cannot be pickled.')

    with Pool(2) as pool:
        for x in range(6):
            pool.apply_async(
                check,
                (x,),
                callback=lambda value: results.append((value, caller())),
                error_callback=lambda exception: errors.append(f'{type(exception).__name__}: {exception}'),
            )
        pool.close()  # no more tasks
        pool.join()  # waits for all tasks and their callbacks

    print(f'Results: {sorted(value for value, _ in results)}')
    print(f'Errors: {errors}')
    print(f'Callbacks in the parent process: {all(pid == os.getpid() for _, (pid, _) in results)}')
    print(f'Callbacks in the main thread: {any(in_main_thread for _, (_, in_main_thread) in results)}')
