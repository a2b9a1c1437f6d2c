import os
from multiprocessing import Pool

starts = 0


def on_start():
    global starts
    starts += 1


def task(x):
    return os.getpid(), starts


if __name__ == '__main__':
    for chunksize in (1, 2):
        with Pool(processes=1, initializer=on_start, maxtasksperchild=2) as pool:
            results = pool.map(task, range(6), chunksize=chunksize)
        processes = {pid for pid, _ in results}
        initializer_runs = {count for _, count in results}
        print(f'chunksize={chunksize}: 6 tasks, {len(processes)} worker processes in turn, '
              f'initializer per process {initializer_runs}')
