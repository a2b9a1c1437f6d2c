import multiprocessing
import os


def arbeite(x):
    if x == 0:
        os._exit(1)  # der Worker endet sofort, ohne Ausgabe und ohne eine Ausnahme auszulösen
    return x * 10


if __name__ == '__main__':
    pool = multiprocessing.Pool(processes=1)
    try:
        verloren = pool.apply_async(arbeite, (0,))
        try:
            verloren.get(timeout=0.5)  # ohne timeout wartet get() hier für immer
        except multiprocessing.TimeoutError as fehler:
            print(f'Aufgabe 0: {type(fehler).__name__} nach 0,5 s')
        print(f'Aufgabe 0 fertig? {verloren.ready()}')
        print(f'Aufgabe 3 im Ersatz-Worker: {pool.apply_async(arbeite, (3,)).get(timeout=10)}')
        print(f'multiprocessing.TimeoutError ist eine eingebaute TimeoutError: '
              f'{issubclass(multiprocessing.TimeoutError, TimeoutError)}')
    finally:
        pool.terminate()  # beendet alle Worker, auch wenn noch Aufgaben offen sind
        pool.join()
