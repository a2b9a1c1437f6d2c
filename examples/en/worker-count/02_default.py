import os
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, active_children


def report_pid(_):
    time.sleep(0.05)
    return os.getpid()


if __name__ == '__main__':
    cpus_of_machine = os.cpu_count()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # like `taskset -c 0 python program.py`
    print(f'os.process_cpu_count(): {os.process_cpu_count()}')
    print(f'os.cpu_count() unchanged: {os.cpu_count() == cpus_of_machine}')

    with Pool() as pool:
        print(f'Workers of Pool(): {len(active_children())}')

    with ProcessPoolExecutor() as executor:
        pids = set(executor.map(report_pid, range(4)))
    print(f'Workers of ProcessPoolExecutor() that did tasks: {len(pids)}')
