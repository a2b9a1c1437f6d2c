from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager


def arbeite(nummer, ergebnisse, protokoll, einstellungen):
    ergebnisse[nummer] = nummer * einstellungen.faktor
    protokoll.append(f'Aufgabe {nummer} erledigt')


if __name__ == '__main__':
    with Manager() as manager:
        ergebnisse = manager.dict()
        protokoll = manager.list()
        einstellungen = manager.Namespace(faktor=10)

        with ProcessPoolExecutor(max_workers=2) as executor:
            futures = [executor.submit(arbeite, n, ergebnisse, protokoll, einstellungen) for n in range(4)]
            for future in futures:
                future.result()  # reicht Ausnahmen aus den Workern weiter

        print(f'Typ eines Proxys: {type(ergebnisse).__name__}')
        print(f'Ergebnisse: {dict(sorted(ergebnisse.items()))}')
        print(f'Protokoll:  {sorted(protokoll)}')
