import multiprocessing

import psutil

MIB = 2**20
GROESSE = 40 * MIB


def lies_liste(daten, ergebnisse):
    prozess = psutil.Process()
    vorher = prozess.memory_full_info()
    for _ in daten:
        pass
    nachher = prozess.memory_full_info()
    ergebnisse.put((vorher, nachher))


if __name__ == '__main__':
    kontext = multiprocessing.get_context('fork')
    liste = list(range(1000, 1000 + GROESSE // 32))
    ergebnisse = kontext.Queue()
    kind = kontext.Process(target=lies_liste, args=(liste, ergebnisse))
    kind.start()
    vorher, nachher = ergebnisse.get()
    kind.join()
    print(f'Nach fork(): RSS des Kindes enthält die geteilte Liste: {vorher.rss > GROESSE}')
    print(f'Nach fork(): USS des Kindes unter 10 % der Liste: {vorher.uss < GROESSE / 10}')
    print(f'Nach fork(): USS < PSS < RSS: {vorher.uss < vorher.pss < vorher.rss}')
    print(f'Nach dem Lesen: USS um mehr als die Hälfte der Liste gewachsen: {nachher.uss - vorher.uss > GROESSE / 2}')
    print(f'Nach dem Lesen: RSS um weniger als 10 % der Liste gewachsen: {nachher.rss - vorher.rss < GROESSE / 10}')
