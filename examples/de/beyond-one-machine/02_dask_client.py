from distributed import Client, LocalCluster, as_completed


def quadrat(x):
    return x * x


if __name__ == '__main__':
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            future = client.submit(quadrat, 7)
            print(f'submit: {future.result()}')
            print(f'map: {client.gather(client.map(quadrat, range(6)))}')
            futures = [client.submit(quadrat, x) for x in range(6)]
            fertig = sorted(f.result() for f in as_completed(futures))
            print(f'as_completed, sortiert: {fertig}')
            print(f'Art des Futures: {type(future).__module__}.{type(future).__name__}')
