import sys
from concurrent.futures import ProcessPoolExecutor

import dask
from distributed import Client, LocalCluster


def name_des_hauptmoduls():
    return sys.modules['__main__'].__name__


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'ProcessPoolExecutor-Worker: {executor.submit(name_des_hauptmoduls).result()}')

    methode = dask.config.get('distributed.worker.multiprocessing-method')
    print(f'distributed.worker.multiprocessing-method: {methode}')
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            print(f'Dask-Worker: {client.submit(name_des_hauptmoduls).result()}')
