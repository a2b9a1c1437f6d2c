import pickle
from concurrent.futures import ProcessPoolExecutor

from joblib import Parallel, delayed

# PicklingError für eine Lambda-Funktion; für eine lokale Funktion
# AttributeError bis Python 3.13, PicklingError ab 3.14 (gh-122311; hier nicht geprüft).
NICHT_PICKELBAR = (pickle.PicklingError, AttributeError)


def mache_lokale_funktion():
    def lokal(x):
        return x * x

    return lokal


if __name__ == '__main__':

    def kubik(x):  # entsteht erst hier, wie eine Funktion aus einer Notebook-Zelle
        return x**3

    aufgaben = {
        'lambda': lambda x: x + 1,
        'lokale Funktion': mache_lokale_funktion(),
        'Funktion aus dem __main__-Block': kubik,
    }
    for name, funktion in aufgaben.items():
        print(f'joblib, {name}: {Parallel(n_jobs=2)(delayed(funktion)(x) for x in range(4))}')

    with ProcessPoolExecutor(max_workers=1) as executor:
        for name in ('lambda', 'lokale Funktion'):
            try:
                executor.submit(aufgaben[name], 3).result()
            except NICHT_PICKELBAR:
                print(f'ProcessPoolExecutor, {name}: lässt sich nicht pickeln')
