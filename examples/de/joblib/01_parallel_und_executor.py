import os
from concurrent.futures import ProcessPoolExecutor

from joblib import Parallel, delayed


def quadrat(x):
    return x * x


def prozess_id(_):
    return os.getpid()


if __name__ == '__main__':
    mit_joblib = Parallel(n_jobs=2)(delayed(quadrat)(x) for x in range(8))
    with ProcessPoolExecutor(max_workers=2) as executor:
        mit_executor = list(executor.map(quadrat, range(8)))
    print(f'joblib:   {mit_joblib}')
    print(f'Executor: {mit_executor}')
    print(f'Gleich: {mit_joblib == mit_executor}')

    ohne_n_jobs = Parallel()(delayed(prozess_id)(x) for x in range(4))
    print(f'Parallel() ohne n_jobs rechnet im Elternprozess: {set(ohne_n_jobs) == {os.getpid()}}')
