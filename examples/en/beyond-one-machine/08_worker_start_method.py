import sys
from concurrent.futures import ProcessPoolExecutor

import dask
from distributed import Client, LocalCluster


def main_module_name():
    return sys.modules['__main__'].__name__


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'ProcessPoolExecutor worker: {executor.submit(main_module_name).result()}')

    method = dask.config.get('distributed.worker.multiprocessing-method')
    print(f'distributed.worker.multiprocessing-method: {method}')
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            print(f'Dask worker: {client.submit(main_module_name).result()}')
