import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

sperre = None
konto = None


def richte_worker_ein(geteilte_sperre, geteilter_wert):
    global sperre, konto
    sperre, konto = geteilte_sperre, geteilter_wert


def buche(anzahl):
    for _ in range(anzahl):
        with sperre:
            konto.value += 1
    return anzahl


def buche_im_prozess(geteilte_sperre, geteilter_wert, anzahl):
    richte_worker_ein(geteilte_sperre, geteilter_wert)
    buche(anzahl)


if __name__ == '__main__':
    geteilte_sperre = mp.Lock()
    geteilter_wert = mp.RawValue('i', 0)  # ohne eigenen Lock; den liefert geteilte_sperre

    # 1. Vererbung: der Lock als Argument beim Erzeugen des Prozesses
    argumente = (geteilte_sperre, geteilter_wert, 10_000)
    prozesse = [mp.Process(target=buche_im_prozess, args=argumente) for _ in range(2)]
    for p in prozesse:
        p.start()
    for p in prozesse:
        p.join()
    print(f'Nach zwei Prozessen: {geteilter_wert.value}')

    # 2. initializer: jeder Worker erhält den Lock einmal bei seinem Start
    with ProcessPoolExecutor(
        max_workers=2, initializer=richte_worker_ein, initargs=(geteilte_sperre, geteilter_wert)
    ) as executor:
        gebucht = sum(executor.map(buche, [5_000] * 4))
    print(f'Der Pool hat {gebucht} gebucht, Stand: {geteilter_wert.value}')

    # 3. falsch: der Lock als Argument einer einzelnen Aufgabe
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(buche_im_prozess, geteilte_sperre, geteilter_wert, 10).result()
        except RuntimeError as fehler:
            print(f'{type(fehler).__name__}: {fehler}')
