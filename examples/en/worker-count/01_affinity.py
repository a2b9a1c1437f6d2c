import os
from multiprocessing import Process, Queue


def restrict_yourself(results):
    allowed_before = len(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # only one of the allowed CPUs from now on
    results.put((allowed_before, len(os.sched_getaffinity(0)), os.cpu_count()))


if __name__ == '__main__':
    results = Queue()
    child = Process(target=restrict_yourself, args=(results,))
    child.start()
    allowed_before, allowed_after, cpu_count_in_child = results.get()
    child.join()
    print(f'Child before: as many CPUs as the parent process: {allowed_before == len(os.sched_getaffinity(0))}')
    print(f'Child after: len(os.sched_getaffinity(0)) = {allowed_after}')
    print(f'Child after: os.cpu_count() unchanged: {cpu_count_in_child == os.cpu_count()}')
    allowed_in_parent = len(os.sched_getaffinity(0))
    print(f'Parent process: len(os.sched_getaffinity(0)) <= os.cpu_count(): {allowed_in_parent <= os.cpu_count()}')
