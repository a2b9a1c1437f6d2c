import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def work(x):
    if x == 0:
        time.sleep(0.5)  # by then tasks 1 and 2 are surely waiting
        os._exit(1)  # the worker ends at once, without output and without raising an exception
    return x * 10


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        futures = [executor.submit(work, x) for x in range(3)]
        for x, future in enumerate(futures):
            try:
                print(f'Task {x}: {future.result()}')
            except BrokenProcessPool as error:
                print(f'Task {x}: {type(error).__name__}')
        try:
            executor.submit(work, 5)
        except BrokenProcessPool as error:
            print(f'New task: {type(error).__name__}')

    with ProcessPoolExecutor(max_workers=1) as executor:  # a new executor
        print(f'New executor, task 5: {executor.submit(work, 5).result()}')
