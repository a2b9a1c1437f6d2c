from concurrent.futures import ProcessPoolExecutor

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits


def blas_threads():
    return sorted({b['num_threads'] for b in threadpool_info() if b['user_api'] == 'blas'})


def one_blas_thread():
    threadpool_limits(limits=1, user_api='blas')  # acts on NumPy's already loaded BLAS library


def compute(size):
    matrix = np.ones((size, size))
    return float((matrix @ matrix).sum()), blas_threads()


if __name__ == '__main__':
    in_parent = blas_threads()
    with ProcessPoolExecutor(max_workers=2, initializer=one_blas_thread) as executor:
        results = list(executor.map(compute, [10, 20, 30, 40]))
    print(f'Results: {[total for total, _ in results]}')
    print(f'BLAS threads in the workers: {sorted({n for _, threads in results for n in threads})}')
    print(f'Parent process unchanged: {blas_threads() == in_parent}')
