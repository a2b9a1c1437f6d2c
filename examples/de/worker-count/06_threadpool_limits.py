from concurrent.futures import ProcessPoolExecutor

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits


def blas_threads():
    return sorted({b['num_threads'] for b in threadpool_info() if b['user_api'] == 'blas'})


def ein_blas_thread():
    threadpool_limits(limits=1, user_api='blas')  # wirkt auf die schon geladene BLAS-Bibliothek von NumPy


def rechne(groesse):
    matrix = np.ones((groesse, groesse))
    return float((matrix @ matrix).sum()), blas_threads()


if __name__ == '__main__':
    im_elternprozess = blas_threads()
    with ProcessPoolExecutor(max_workers=2, initializer=ein_blas_thread) as executor:
        ergebnisse = list(executor.map(rechne, [10, 20, 30, 40]))
    print(f'Ergebnisse: {[summe for summe, _ in ergebnisse]}')
    print(f'BLAS-Threads in den Workern: {sorted({n for _, threads in ergebnisse for n in threads})}')
    print(f'Elternprozess unverändert: {blas_threads() == im_elternprozess}')
