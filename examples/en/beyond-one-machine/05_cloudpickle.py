import pickle
from concurrent.futures import ProcessPoolExecutor

from distributed import Client, LocalCluster


def make_multiplier(factor):
    def multiply(x):  # defined locally: pickle cannot find it by its name
        return x * factor
    return multiply


if __name__ == '__main__':
    double = make_multiplier(2)
    with ProcessPoolExecutor(max_workers=1) as executor:
        for name, function in [('lambda', lambda x: x + 1), ('local function', double)]:
            try:
                executor.submit(function, 20).result()
            except (pickle.PicklingError, AttributeError):  # which of the two depends on the Python version
                print(f'ProcessPoolExecutor, {name}: cannot be pickled')

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            print(f'Dask, lambda: {client.submit(lambda x: x + 1, 20).result()}')
            print(f'Dask, local function: {client.submit(double, 20).result()}')
