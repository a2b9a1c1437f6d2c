import logging

from distributed import Client, LocalCluster


def teile(a, b):
    if b == 0:
        raise ValueError(f'{a} lässt sich nicht durch 0 teilen')
    return a / b


if __name__ == '__main__':
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0',
                      silence_logs=logging.CRITICAL) as cluster:  # siehe Hinweis unten
        with Client(cluster) as client:
            gut = client.submit(teile, 6, 3)
            schlecht = client.submit(teile, 1, 0)
            print(f'Ergebnis: {gut.result()}')
            try:
                schlecht.result()
            except ValueError as fehler:
                print(f'result() löst aus: {type(fehler).__name__}: {fehler}')
            print(f'Status: {schlecht.status}')
            print(f'exception() liefert: {schlecht.exception()!r}')

            futures = client.map(teile, [8, 4, 2, 1], [2, 0, 1, 0])
            print(f"gather(errors='skip'): {client.gather(futures, errors='skip')}")
