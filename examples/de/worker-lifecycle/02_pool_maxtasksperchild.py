import os
from multiprocessing import Pool

starts = 0


def beim_start():
    global starts
    starts += 1


def aufgabe(x):
    return os.getpid(), starts


if __name__ == '__main__':
    for chunksize in (1, 2):
        with Pool(processes=1, initializer=beim_start, maxtasksperchild=2) as pool:
            ergebnisse = pool.map(aufgabe, range(6), chunksize=chunksize)
        prozesse = {pid for pid, _ in ergebnisse}
        initializer_laeufe = {anzahl for _, anzahl in ergebnisse}
        print(f'chunksize={chunksize}: 6 Aufgaben, {len(prozesse)} Worker-Prozesse nacheinander, '
              f'initializer je Prozess {initializer_laeufe}')
