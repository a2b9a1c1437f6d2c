import contextlib

import dask
from distributed import Client, LocalCluster


def square(x):
    return x * x


def connect(stack):
    address = dask.config.get('scheduler-address', None)  # e.g. from DASK_SCHEDULER_ADDRESS
    if address:
        print("Connecting to the cluster's scheduler")
        return stack.enter_context(Client(address))
    print('No cluster given: starting a LocalCluster')
    cluster = stack.enter_context(LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                               dashboard_address='127.0.0.1:0'))
    return stack.enter_context(Client(cluster))


if __name__ == '__main__':
    with contextlib.ExitStack() as stack:
        client = connect(stack)
        print(f"Workers: {len(client.scheduler_info()['workers'])}")
        print(f'Sum: {sum(client.gather(client.map(square, range(10))))}')
