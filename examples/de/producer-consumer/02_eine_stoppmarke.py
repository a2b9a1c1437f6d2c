from multiprocessing import Process, Queue
from multiprocessing.connection import wait


def verbraucher(auftraege):
    while auftraege.get() is not None:
        pass  # hier würde der Auftrag bearbeitet


if __name__ == '__main__':
    auftraege = Queue()
    verbrauchende = [Process(target=verbraucher, args=(auftraege,)) for _ in range(3)]
    for p in verbrauchende:
        p.start()
    for zahl in range(6):
        auftraege.put(zahl)
    auftraege.put(None)  # nur eine Stoppmarke für drei Verbraucher
    beendet = wait([p.sentinel for p in verbrauchende], timeout=5)  # bis der erste endet
    for p in verbrauchende:
        if p.sentinel in beendet:
            p.join()
    print(f'Beendet: {len(beendet)}')
    print(f'Warten für immer in get(): {sum(p.is_alive() for p in verbrauchende)}')
    for _ in range(2):
        auftraege.put(None)  # die fehlenden Stoppmarken
    for p in verbrauchende:
        p.join()
    print(f'Nach zwei weiteren Stoppmarken: Exit-Codes {[p.exitcode for p in verbrauchende]}')
