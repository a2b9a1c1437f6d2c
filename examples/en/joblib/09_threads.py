import os
import threading

from joblib import Parallel, delayed


def where_does_it_run(_):
    return os.getpid(), threading.current_thread() is threading.main_thread()


if __name__ == '__main__':
    for setting in ({'prefer': 'threads'}, {'backend': 'threading'}):
        places = Parallel(n_jobs=2, **setting)(delayed(where_does_it_run)(x) for x in range(4))
        in_parent = all(pid == os.getpid() for pid, _ in places)
        in_main_thread = any(main for _, main in places)
        print(f'{setting}: in the parent process {in_parent}, in the main thread {in_main_thread}')

    collected = []
    Parallel(n_jobs=2, require='sharedmem')(delayed(collected.append)(x) for x in range(5))
    print(f"require='sharedmem', collected: {sorted(collected)}")
