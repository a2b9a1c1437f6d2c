import uuid

from distributed import Client, LocalCluster


def new_id():
    return uuid.uuid4().hex


if __name__ == '__main__':
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            a = client.submit(new_id)
            b = client.submit(new_id)
            print(f'Default pure=True: same key {a.key == b.key}, '
                  f'same result {a.result() == b.result()}')

            c = client.submit(new_id, pure=False)
            d = client.submit(new_id, pure=False)
            print(f'pure=False: same key {c.key == d.key}, '
                  f'same result {c.result() == d.result()}')
