import os
import threading
from multiprocessing import Pool


def pruefe(x):
    if x == 3:
        raise ValueError(f'{x} ist nicht erlaubt')
    return x * x


if __name__ == '__main__':
    ergebnisse = []
    fehler = []
    aufrufer = set()

    def bei_erfolg(wert):  # läuft im Elternprozess, in einem Hilfsthread des Pools
        aufrufer.add((os.getpid(), threading.current_thread() is threading.main_thread()))
        ergebnisse.append(wert)

    def bei_fehler(ausnahme):
        fehler.append(f'{type(ausnahme).__name__}: {ausnahme}')

    with Pool(2) as pool:
        for x in range(6):
            pool.apply_async(pruefe, (x,), callback=bei_erfolg, error_callback=bei_fehler)
        pool.close()  # keine neuen Aufgaben mehr
        pool.join()  # wartet auf alle Aufgaben und ihre Callbacks

    print(f'Ergebnisse: {sorted(ergebnisse)}')
    print(f'Fehler: {fehler}')
    print(f'Callbacks im Elternprozess: {all(pid == os.getpid() for pid, _ in aufrufer)}')
    print(f'Callbacks im Hauptthread: {any(im_hauptthread for _, im_hauptthread in aufrufer)}')
