import concurrent.futures
import time
from concurrent.futures import ProcessPoolExecutor


def langsam():
    time.sleep(0.6)
    return 'fertig'


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(langsam)
        try:
            future.result(timeout=0.2)
        except concurrent.futures.TimeoutError as fehler:
            print(f'{type(fehler).__name__}: nach 0,2 s noch kein Ergebnis')
        print(f'Läuft weiter: {future.running()}')
        print(f'Abbrechen möglich: {future.cancel()}')
        print(f'Später doch noch: {future.result()}')
