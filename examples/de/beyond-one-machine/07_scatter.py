import warnings

import dask
from distributed import Client, LocalCluster


def mittelwert(summe, anzahl):
    return summe / anzahl


if __name__ == '__main__':
    daten = bytes(range(256)) * 80_000  # gut 20 MB
    print(f"Warnschwelle: {dask.config.get('distributed.admin.large-graph-warning-threshold')}")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            with warnings.catch_warnings(record=True) as gemeldet:
                warnings.simplefilter('always')
                laenge = client.submit(len, daten).result()
            print(f'Direkt übergeben: {laenge} Bytes')
            for warnung in gemeldet:
                print(f'  {type(warnung.message).__name__}: {str(warnung.message).splitlines()[0]}')

            auf_worker = client.scatter(daten)  # einmal hinschicken
            summe = client.submit(sum, auf_worker)
            anzahl = client.submit(len, auf_worker)
            ergebnis = client.submit(mittelwert, summe, anzahl)  # Futures als Argumente
            print(f'Mit scatter(): Mittelwert {ergebnis.result()}')
