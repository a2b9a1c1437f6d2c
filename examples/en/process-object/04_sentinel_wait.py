import time
from multiprocessing import Barrier, Process
from multiprocessing.connection import wait


def sleep_for(start, seconds):
    start.wait()  # all begin at the same time
    time.sleep(seconds)


if __name__ == '__main__':
    durations = {'A': 0.45, 'B': 0.05, 'C': 0.25}
    start = Barrier(len(durations) + 1)  # the child processes and the parent process
    pending = {}
    for name, seconds in durations.items():
        p = Process(target=sleep_for, args=(start, seconds), name=name)
        p.start()
        pending[p.sentinel] = p
    start.wait()
    while pending:
        for sentinel in wait(list(pending)):  # returns as soon as a process ends
            p = pending.pop(sentinel)
            p.join()  # returns at once: the process has already ended
            rest = sorted(q.name for q in pending.values())
            print(f'Ended: {p.name} (exitcode {p.exitcode}), still pending: {rest}')
