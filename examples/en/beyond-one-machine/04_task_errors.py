import logging

from distributed import Client, LocalCluster


def divide(a, b):
    if b == 0:
        raise ValueError(f'cannot divide {a} by 0')
    return a / b


if __name__ == '__main__':
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0',
                      silence_logs=logging.CRITICAL) as cluster:  # see the note below
        with Client(cluster) as client:
            good = client.submit(divide, 6, 3)
            bad = client.submit(divide, 1, 0)
            print(f'Result: {good.result()}')
            try:
                bad.result()
            except ValueError as error:
                print(f'result() raises: {type(error).__name__}: {error}')
            print(f'Status: {bad.status}')
            print(f'exception() returns: {bad.exception()!r}')

            futures = client.map(divide, [8, 4, 2, 1], [2, 0, 1, 0])
            print(f"gather(errors='skip'): {client.gather(futures, errors='skip')}")
