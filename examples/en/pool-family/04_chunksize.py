import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def who_computes(x):
    return os.getpid()


def processes_per_chunk(pids, size):
    chunks = [pids[i : i + size] for i in range(0, len(pids), size)]
    return [len(set(chunk)) for chunk in chunks]


if __name__ == '__main__':
    with Pool(2) as pool:
        pids = pool.map(who_computes, range(20), chunksize=5)
    print(f'Pool.map:     {processes_per_chunk(pids, 5)}')

    with ProcessPoolExecutor(max_workers=2) as executor:
        pids = list(executor.map(who_computes, range(20), chunksize=5))
    print(f'Executor.map: {processes_per_chunk(pids, 5)}')
