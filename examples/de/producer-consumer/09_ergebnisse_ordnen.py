import time
from multiprocessing import Barrier, Process, Queue


def verbraucher(auftraege, ergebnisse, start):
    start.wait()  # beide Verbraucher laufen, bevor einer etwas holt
    for index, zahl in iter(auftraege.get, None):
        if index == 0:
            time.sleep(0.3)  # der erste Auftrag dauert länger
        ergebnisse.put((index, zahl * zahl))


if __name__ == '__main__':
    zahlen = [5, 6, 7, 8]
    auftraege, ergebnisse = Queue(), Queue()
    start = Barrier(2)
    verbrauchende = [Process(target=verbraucher, args=(auftraege, ergebnisse, start)) for _ in range(2)]
    for p in verbrauchende:
        p.start()
    for auftrag in enumerate(zahlen):
        auftraege.put(auftrag)  # (Index, Zahl)
    for _ in verbrauchende:
        auftraege.put(None)
    angekommen = [ergebnisse.get() for _ in zahlen]  # genau so viele, wie Aufträge verschickt wurden
    for p in verbrauchende:
        p.join()
    print(f'Ankunft der Indizes:   {[index for index, _ in angekommen]}')
    print(f'nach Index geordnet:   {[quadrat for _, quadrat in sorted(angekommen)]}')
