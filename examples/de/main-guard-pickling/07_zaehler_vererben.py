import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

zaehler = None  # im Worker: der gemeinsame Zähler, gesetzt von richte_ein()


def richte_ein(gemeinsamer_zaehler):
    global zaehler
    zaehler = gemeinsamer_zaehler


def zaehle(gemeinsamer_zaehler):
    with gemeinsamer_zaehler.get_lock():
        gemeinsamer_zaehler.value += 1


def bearbeite_datei(nummer):  # eine Aufgabe im Pool
    zaehle(zaehler)
    return nummer


def bearbeite_dateien(gemeinsamer_zaehler, anzahl):  # Zielfunktion eines Process
    for _ in range(anzahl):
        zaehle(gemeinsamer_zaehler)


if __name__ == '__main__':
    erledigt = mp.Value('i', 0)

    # 1. Process: der Zähler als Argument beim Start des Prozesses
    prozesse = [mp.Process(target=bearbeite_dateien, args=(erledigt, 50)) for _ in range(2)]
    for p in prozesse:
        p.start()
    for p in prozesse:
        p.join()
    print(f'Nach zwei Prozessen: {erledigt.value} erledigt')

    # 2. Pool: jeder Worker erhält den Zähler einmal bei seinem Start
    with ProcessPoolExecutor(max_workers=2, initializer=richte_ein, initargs=(erledigt,)) as executor:
        list(executor.map(bearbeite_datei, range(100)))
    print(f'Nach dem Pool: {erledigt.value} erledigt')

    # 3. falsch: der Zähler als Argument einer einzelnen Aufgabe
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(zaehle, erledigt).result()
        except RuntimeError as fehler:
            print(f'{type(fehler).__name__}: {fehler}')
