import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from joblib import Parallel, delayed
from joblib.externals.loky import get_reusable_executor


def worker_info(_):
    return os.getpid(), multiprocessing.get_start_method()


def laufende_kinder():
    return {kind.pid for kind in multiprocessing.active_children()}


if __name__ == '__main__':
    erster = Parallel(n_jobs=2)(delayed(worker_info)(x) for x in range(4))
    nach_dem_ersten = laufende_kinder()
    print(f'Laufende Worker nach dem ersten Aufruf: {len(nach_dem_ersten)}')
    zweiter = Parallel(n_jobs=2)(delayed(worker_info)(x) for x in range(4))
    nur_diese = {pid for pid, _ in zweiter} <= nach_dem_ersten
    print(f'Zweiter Aufruf nur in diesen Workern: {nur_diese}')
    print(f'Startmethode im joblib-Worker: {sorted({methode for _, methode in erster + zweiter})}')

    with ProcessPoolExecutor(max_workers=2) as executor:
        erster = list(executor.map(worker_info, range(4)))
    with ProcessPoolExecutor(max_workers=2) as executor:
        zweiter = list(executor.map(worker_info, range(4)))
    neue = {pid for pid, _ in zweiter}.isdisjoint(pid for pid, _ in erster)
    print(f'Executor, zweiter with-Block, nur neue Worker: {neue}')
    eigene = multiprocessing.get_start_method()
    print(f'Startmethode im Executor-Worker wie im Elternprozess: {all(m == eigene for _, m in erster)}')

    get_reusable_executor().shutdown(wait=True)  # beendet die Worker von loky sofort
    print(f'Laufende Worker nach shutdown(): {len(laufende_kinder())}')
