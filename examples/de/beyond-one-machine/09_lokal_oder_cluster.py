import contextlib

import dask
from distributed import Client, LocalCluster


def quadrat(x):
    return x * x


def verbinde(stack):
    adresse = dask.config.get('scheduler-address', None)  # z. B. aus DASK_SCHEDULER_ADDRESS
    if adresse:
        print('Verbinde mit dem Scheduler des Clusters')
        return stack.enter_context(Client(adresse))
    print('Kein Cluster angegeben: starte einen LocalCluster')
    cluster = stack.enter_context(LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                               dashboard_address='127.0.0.1:0'))
    return stack.enter_context(Client(cluster))


if __name__ == '__main__':
    with contextlib.ExitStack() as stack:
        client = verbinde(stack)
        print(f"Worker: {len(client.scheduler_info()['workers'])}")
        print(f'Summe: {sum(client.gather(client.map(quadrat, range(10))))}')
