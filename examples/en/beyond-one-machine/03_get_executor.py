from concurrent.futures import Executor, ProcessPoolExecutor, as_completed

from distributed import Client, LocalCluster


def square(x):
    return x * x


def existing_code(executor):
    # knows only the concurrent.futures interface
    total = sum(executor.map(square, range(10)))
    futures = [executor.submit(square, x) for x in range(3)]
    return total, sorted(f.result() for f in as_completed(futures))


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(f'ProcessPoolExecutor: {existing_code(executor)}')

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            with client.get_executor() as executor:
                print(f'Is an Executor: {isinstance(executor, Executor)}')
                print(f'Dask: {existing_code(executor)}')
