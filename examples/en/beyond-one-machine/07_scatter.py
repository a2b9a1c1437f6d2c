import warnings

import dask
from distributed import Client, LocalCluster


def mean(total, count):
    return total / count


if __name__ == '__main__':
    data = bytes(range(256)) * 80_000  # just over 20 MB
    print(f"Warning threshold: {dask.config.get('distributed.admin.large-graph-warning-threshold')}")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter('always')
                length = client.submit(len, data).result()
            print(f'Passed directly: {length} bytes')
            for warning in caught:
                print(f'  {type(warning.message).__name__}: {str(warning.message).splitlines()[0]}')

            on_worker = client.scatter(data)  # send it once
            total = client.submit(sum, on_worker)
            count = client.submit(len, on_worker)
            result = client.submit(mean, total, count)  # futures as arguments
            print(f'With scatter(): mean {result.result()}')
