from concurrent.futures import Executor, ProcessPoolExecutor, as_completed

from distributed import Client, LocalCluster


def quadrat(x):
    return x * x


def bestehender_code(executor):
    # kennt nur die Schnittstelle von concurrent.futures
    summe = sum(executor.map(quadrat, range(10)))
    futures = [executor.submit(quadrat, x) for x in range(3)]
    return summe, sorted(f.result() for f in as_completed(futures))


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(f'ProcessPoolExecutor: {bestehender_code(executor)}')

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            with client.get_executor() as executor:
                print(f'Ist ein Executor: {isinstance(executor, Executor)}')
                print(f'Dask: {bestehender_code(executor)}')
