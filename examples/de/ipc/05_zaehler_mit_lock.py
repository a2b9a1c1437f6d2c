from multiprocessing import Process, Value


def erhoehe(zaehler, anzahl):
    for _ in range(anzahl):
        with zaehler.get_lock():  # lesen, addieren, schreiben als ein Schritt
            zaehler.value += 1


if __name__ == '__main__':
    zaehler = Value('i', 0)
    prozesse = [Process(target=erhoehe, args=(zaehler, 20_000)) for _ in range(4)]
    for p in prozesse:
        p.start()
    for p in prozesse:
        p.join()
    print(f'Zählerstand: {zaehler.value}')  # Ausgabe: Zählerstand: 80000
