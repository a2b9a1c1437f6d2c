from distributed import Client, LocalCluster, as_completed


def square(x):
    return x * x


if __name__ == '__main__':
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            future = client.submit(square, 7)
            print(f'submit: {future.result()}')
            print(f'map: {client.gather(client.map(square, range(6)))}')
            futures = [client.submit(square, x) for x in range(6)]
            finished = sorted(f.result() for f in as_completed(futures))
            print(f'as_completed, sorted: {finished}')
            print(f'Kind of future: {type(future).__module__}.{type(future).__name__}')
