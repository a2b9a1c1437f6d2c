import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from joblib import Parallel, delayed
from joblib.externals.loky import get_reusable_executor


def worker_info(_):
    return os.getpid(), multiprocessing.get_start_method()


def running_children():
    return {child.pid for child in multiprocessing.active_children()}


if __name__ == '__main__':
    first = Parallel(n_jobs=2)(delayed(worker_info)(x) for x in range(4))
    after_first = running_children()
    print(f'Workers running after the first call: {len(after_first)}')
    second = Parallel(n_jobs=2)(delayed(worker_info)(x) for x in range(4))
    only_these = {pid for pid, _ in second} <= after_first
    print(f'Second call only in these workers: {only_these}')
    print(f'Start method in the joblib worker: {sorted({method for _, method in first + second})}')

    with ProcessPoolExecutor(max_workers=2) as executor:
        first = list(executor.map(worker_info, range(4)))
    with ProcessPoolExecutor(max_workers=2) as executor:
        second = list(executor.map(worker_info, range(4)))
    new = {pid for pid, _ in second}.isdisjoint(pid for pid, _ in first)
    print(f'Executor, second with block, only new workers: {new}')
    own = multiprocessing.get_start_method()
    print(f'Start method in the executor worker same as in the parent: {all(m == own for _, m in first)}')

    get_reusable_executor().shutdown(wait=True)  # ends loky's workers right away
    print(f'Workers running after shutdown(): {len(running_children())}')
