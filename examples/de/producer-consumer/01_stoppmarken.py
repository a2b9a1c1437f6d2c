from multiprocessing import Process, Queue

ANZAHL_VERBRAUCHER = 3


def erzeuger(nummer, auftraege):
    for i in range(3):
        auftraege.put(nummer * 10 + i)


def verbraucher(auftraege, ergebnisse):
    while True:
        zahl = auftraege.get()
        if zahl is None:  # Stoppmarke: es kommt nichts mehr
            break
        ergebnisse.put((zahl, zahl * zahl))


if __name__ == '__main__':
    auftraege, ergebnisse = Queue(), Queue()
    erzeugende = [Process(target=erzeuger, args=(n, auftraege)) for n in (1, 2)]
    verbrauchende = [Process(target=verbraucher, args=(auftraege, ergebnisse)) for _ in range(ANZAHL_VERBRAUCHER)]
    for p in erzeugende + verbrauchende:
        p.start()
    for p in erzeugende:
        p.join()  # alle Aufträge liegen in der Queue
    for _ in verbrauchende:
        auftraege.put(None)  # eine Stoppmarke pro Verbraucher
    paare = sorted(ergebnisse.get() for _ in range(6))  # erst abholen ...
    for p in verbrauchende:
        p.join()  # ... dann warten
    print(paare)
    print(f'Exit-Codes der Verbraucher: {[p.exitcode for p in verbrauchende]}')
