import itertools
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

erzeugt = 0  # zählt im Elternprozess, wie viele Elemente der Generator geliefert hat


def eingaben(anzahl=None):
    global erzeugt
    for zahl in itertools.count() if anzahl is None else range(anzahl):
        erzeugt += 1
        yield zahl


def quadrat(x):
    return x * x


def langsames_quadrat(x):
    time.sleep(0.02)
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        ergebnisse = executor.map(quadrat, eingaben(1000))
        print(f'Executor.map: vor dem ersten Ergebnis erzeugt: {erzeugt} von 1000')
        print(f'  erstes Ergebnis: {next(ergebnisse)}')

    erzeugt = 0
    with Pool(2) as pool:
        ergebnisse = pool.imap(langsames_quadrat, eingaben())  # endloser Generator
        print(f'Pool.imap: erste Ergebnisse: {[next(ergebnisse) for _ in range(3)]}')
        time.sleep(0.2)
        print(f'  erzeugt: mehr als 100: {erzeugt > 100}, weniger als 10000: {erzeugt < 10_000}')
