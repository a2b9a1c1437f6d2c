import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def wer_rechnet(x):
    return os.getpid()


def prozesse_je_paket(pids, groesse):
    pakete = [pids[i : i + groesse] for i in range(0, len(pids), groesse)]
    return [len(set(paket)) for paket in pakete]


if __name__ == '__main__':
    with Pool(2) as pool:
        pids = pool.map(wer_rechnet, range(20), chunksize=5)
    print(f'Pool.map:     {prozesse_je_paket(pids, 5)}')

    with ProcessPoolExecutor(max_workers=2) as executor:
        pids = list(executor.map(wer_rechnet, range(20), chunksize=5))
    print(f'Executor.map: {prozesse_je_paket(pids, 5)}')
