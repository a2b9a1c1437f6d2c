import os
import pickle
import threading
from multiprocessing import Pool


def pruefe(x):
    if x == 3:
        raise ValueError(f'{x} ist nicht erlaubt')
    return x * x


def aufrufer():
    """Prozessnummer des Aufrufers und ob er im Hauptthread läuft."""
    return os.getpid(), threading.current_thread() is threading.main_thread()


if __name__ == '__main__':
    ergebnisse = []  # Paare (Ergebnis, aufrufer())
    fehler = []

    try:
        pickle.dumps(lambda wert: wert)
    except pickle.PicklingError:
        print('Eine Lambda-Funktion lässt sich nicht pickeln.')

    with Pool(2) as pool:
        for x in range(6):
            pool.apply_async(
                pruefe,
                (x,),
                callback=lambda wert: ergebnisse.append((wert, aufrufer())),
                error_callback=lambda ausnahme: fehler.append(f'{type(ausnahme).__name__}: {ausnahme}'),
            )
        pool.close()  # keine neuen Aufgaben mehr
        pool.join()  # wartet auf alle Aufgaben und ihre Callbacks

    print(f'Ergebnisse: {sorted(wert for wert, _ in ergebnisse)}')
    print(f'Fehler: {fehler}')
    print(f'Callbacks im Elternprozess: {all(pid == os.getpid() for _, (pid, _) in ergebnisse)}')
    print(f'Callbacks im Hauptthread: {any(im_hauptthread for _, (_, im_hauptthread) in ergebnisse)}')
