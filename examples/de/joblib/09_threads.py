import os
import threading

from joblib import Parallel, delayed


def wo_laeuft_es(_):
    return os.getpid(), threading.current_thread() is threading.main_thread()


if __name__ == '__main__':
    for einstellung in ({'prefer': 'threads'}, {'backend': 'threading'}):
        orte = Parallel(n_jobs=2, **einstellung)(delayed(wo_laeuft_es)(x) for x in range(4))
        im_elternprozess = all(pid == os.getpid() for pid, _ in orte)
        im_hauptthread = any(haupt for _, haupt in orte)
        print(f'{einstellung}: im Elternprozess {im_elternprozess}, im Hauptthread {im_hauptthread}')

    gesammelt = []
    Parallel(n_jobs=2, require='sharedmem')(delayed(gesammelt.append)(x) for x in range(5))
    print(f"require='sharedmem', gesammelt: {sorted(gesammelt)}")
