import os
from concurrent.futures import ProcessPoolExecutor

from joblib import Parallel, delayed


def square(x):
    return x * x


def process_id(_):
    return os.getpid()


if __name__ == '__main__':
    with_joblib = Parallel(n_jobs=2)(delayed(square)(x) for x in range(8))
    with ProcessPoolExecutor(max_workers=2) as executor:
        with_executor = list(executor.map(square, range(8)))
    print(f'joblib:   {with_joblib}')
    print(f'Executor: {with_executor}')
    print(f'Equal: {with_joblib == with_executor}')

    without_n_jobs = Parallel()(delayed(process_id)(x) for x in range(4))
    print(f'Parallel() without n_jobs computes in the parent process: {set(without_n_jobs) == {os.getpid()}}')
