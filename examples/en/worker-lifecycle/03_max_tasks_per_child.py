import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context


def task(x):
    return os.getpid()


if __name__ == '__main__':
    try:
        ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1, mp_context=get_context('fork'))
    except ValueError as error:
        print(f'fork: ValueError: {error}')

    # choose spawn explicitly instead of relying on the default
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1, mp_context=get_context('spawn')) as executor:
        processes = set(executor.map(task, range(3)))
    print(f'spawn: 3 tasks, {len(processes)} worker processes in turn')
