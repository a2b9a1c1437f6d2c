import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

TASKS = 4
WAIT_TIME = 0.2  # seconds; stands in for waiting on the network or the disk


def load(number):
    time.sleep(WAIT_TIME)  # waits without computing and releases the GIL meanwhile
    return number * number


def report_pid(_):
    time.sleep(0.01)
    return os.getpid()


def start_all_workers(executor, count):
    seen = set()
    while len(seen) < count:  # until every worker process has done a task
        seen.update(executor.map(report_pid, range(count)))


def yes_no(value):
    return 'yes' if value else 'no'


if __name__ == '__main__':
    numbers = list(range(TASKS))

    start = time.perf_counter()
    serial = [load(n) for n in numbers]
    duration_serial = time.perf_counter() - start

    with ThreadPoolExecutor(max_workers=TASKS) as executor:
        start = time.perf_counter()
        with_threads = list(executor.map(load, numbers))
        duration_threads = time.perf_counter() - start

    with ProcessPoolExecutor(max_workers=TASKS) as executor:
        start_all_workers(executor, TASKS)  # do not measure the start of the processes
        start = time.perf_counter()
        with_processes = list(executor.map(load, numbers))
        duration_processes = time.perf_counter() - start

    print(f'Same results: {yes_no(serial == with_threads == with_processes)}')
    print(f'Threads:   at least twice as fast as serial: {yes_no(duration_serial >= 2 * duration_threads)}')
    print(f'Processes: at least twice as fast as serial: {yes_no(duration_serial >= 2 * duration_processes)}')
