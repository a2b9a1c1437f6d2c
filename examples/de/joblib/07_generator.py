from multiprocessing import Manager

from joblib import Parallel, delayed


def aufgabe(nummer, weiter):
    if nummer == 1:
        gesetzt = weiter.wait(timeout=20)  # wartet, bis der Elternprozess Ergebnis 0 hat
        return f'Ergebnis 1 (Event gesetzt: {gesetzt})'
    return f'Ergebnis {nummer}'


if __name__ == '__main__':
    with Manager() as manager:
        weiter = manager.Event()
        ergebnisse = Parallel(n_jobs=2, return_as='generator')(delayed(aufgabe)(n, weiter) for n in range(2))
        print(f'Typ: {type(ergebnisse).__name__}')
        print(next(ergebnisse))
        print('Aufgabe 1 wartet noch; der Elternprozess setzt das Event')
        weiter.set()
        print(next(ergebnisse))
