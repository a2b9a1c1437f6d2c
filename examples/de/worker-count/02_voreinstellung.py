import os
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, active_children


def melde_pid(_):
    time.sleep(0.05)
    return os.getpid()


if __name__ == '__main__':
    cpus_des_rechners = os.cpu_count()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # wie `taskset -c 0 python programm.py`
    print(f'os.process_cpu_count(): {os.process_cpu_count()}')
    print(f'os.cpu_count() unverändert: {os.cpu_count() == cpus_des_rechners}')

    with Pool() as pool:
        print(f'Worker von Pool(): {len(active_children())}')

    with ProcessPoolExecutor() as executor:
        pids = set(executor.map(melde_pid, range(4)))
    print(f'Worker von ProcessPoolExecutor(), die Aufgaben erledigt haben: {len(pids)}')
