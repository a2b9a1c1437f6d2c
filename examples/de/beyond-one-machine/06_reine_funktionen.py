import uuid

from distributed import Client, LocalCluster


def neue_kennung():
    return uuid.uuid4().hex


if __name__ == '__main__':
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            a = client.submit(neue_kennung)
            b = client.submit(neue_kennung)
            print(f'Voreinstellung pure=True: gleicher Schlüssel {a.key == b.key}, '
                  f'gleiches Ergebnis {a.result() == b.result()}')

            c = client.submit(neue_kennung, pure=False)
            d = client.submit(neue_kennung, pure=False)
            print(f'pure=False: gleicher Schlüssel {c.key == d.key}, '
                  f'gleiches Ergebnis {c.result() == d.result()}')
