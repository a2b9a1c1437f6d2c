from concurrent.futures import ProcessPoolExecutor

VORWAHLEN_CSV = '49;Deutschland\n43;Österreich\n41;Schweiz\n33;Frankreich'

tabelle = None  # jeder Worker füllt seine eigene Kopie
ladevorgaenge = 0


def lade_tabelle(csv_text):
    global tabelle, ladevorgaenge
    tabelle = dict(zeile.split(';') for zeile in csv_text.splitlines())
    ladevorgaenge += 1


def land_zu(nummer):
    return nummer, tabelle.get(nummer[1:3], 'unbekannt'), ladevorgaenge


if __name__ == '__main__':
    nummern = ['+4930123', '+4312345', '+4144556', '+3314159', '+4989000', '+1555010']
    with ProcessPoolExecutor(max_workers=2, initializer=lade_tabelle, initargs=(VORWAHLEN_CSV,)) as executor:
        ergebnisse = list(executor.map(land_zu, nummern))
    for nummer, land, _ in ergebnisse:
        print(f'{nummer}: {land}')
    print(f'Ladevorgänge je Worker: {sorted({anzahl for _, _, anzahl in ergebnisse})}')
