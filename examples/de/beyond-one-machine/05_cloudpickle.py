import pickle
from concurrent.futures import ProcessPoolExecutor

from distributed import Client, LocalCluster


def mache_multiplikator(faktor):
    def multipliziere(x):  # lokal definiert: pickle findet sie nicht über ihren Namen
        return x * faktor
    return multipliziere


if __name__ == '__main__':
    verdopple = mache_multiplikator(2)
    with ProcessPoolExecutor(max_workers=1) as executor:
        for name, funktion in [('lambda', lambda x: x + 1), ('lokale Funktion', verdopple)]:
            try:
                executor.submit(funktion, 20).result()
            except (pickle.PicklingError, AttributeError):  # welche der beiden kommt, hängt von der Python-Version ab
                print(f'ProcessPoolExecutor, {name}: lässt sich nicht pickeln')

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address='127.0.0.1:0') as cluster:
        with Client(cluster) as client:
            print(f'Dask, lambda: {client.submit(lambda x: x + 1, 20).result()}')
            print(f'Dask, lokale Funktion: {client.submit(verdopple, 20).result()}')
