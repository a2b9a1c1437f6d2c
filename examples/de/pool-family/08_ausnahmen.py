from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def kehrwert(x):
    if x == 0:
        raise ValueError('0 hat keinen Kehrwert')
    return 1 / x


if __name__ == '__main__':
    with Pool(2) as pool:
        try:
            print(pool.map(kehrwert, [1, 0, 4]))
        except ValueError as fehler:
            print(f'Pool.map: {type(fehler).__name__}: {fehler}')
        try:
            pool.apply_async(kehrwert, (0,)).get()
        except ValueError as fehler:
            print(f'Pool.apply_async().get(): {type(fehler).__name__}: {fehler}')

    with ProcessPoolExecutor(max_workers=2) as executor:
        try:
            executor.submit(kehrwert, 0).result()
        except ValueError as fehler:
            print(f'Executor.submit().result(): {type(fehler).__name__}: {fehler}')
        try:
            for ergebnis in executor.map(kehrwert, [1, 0]):  # die gescheiterte Aufgabe zuletzt, siehe unten
                print(f'Executor.map liefert {ergebnis}')
        except ValueError as fehler:
            print(f'Executor.map: {type(fehler).__name__}: {fehler}')
