import logging
import os
import tempfile

import dask
from distributed import Client, LocalCluster


def beim_ersten_mal_absturz(marke, x):
    if not os.path.exists(marke):
        open(marke, 'w').close()
        os._exit(1)  # der Worker-Prozess stirbt mitten in der Aufgabe
    return x * x


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as verzeichnis:
        marke = os.path.join(verzeichnis, 'schon-einmal-abgestuerzt')
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address='127.0.0.1:0',
                          silence_logs=logging.CRITICAL) as cluster:  # sonst: WARNING Restarting worker
            with Client(cluster) as client:
                future = client.submit(beim_ersten_mal_absturz, marke, 7)
                print(f'Ergebnis trotz Absturz: {future.result()}')
                print(f'Absturz vermerkt: {os.path.exists(marke)}')
    print(f"allowed-failures: {dask.config.get('distributed.scheduler.allowed-failures')}")
