from multiprocessing import Barrier, Process, Value


def erhoehe(zaehler, treffpunkt):
    treffpunkt.wait()  # beide starten gleichzeitig, außerhalb des Locks
    with zaehler.get_lock():  # lesen, addieren, schreiben als ein Schritt
        alt = zaehler.value
        zaehler.value = alt + 1


if __name__ == '__main__':
    zaehler = Value('i', 0)
    treffpunkt = Barrier(2)
    prozesse = [Process(target=erhoehe, args=(zaehler, treffpunkt)) for _ in range(2)]
    for p in prozesse:
        p.start()
    for p in prozesse:
        p.join()
    print(f'Zwei Erhöhungen, erwartet 2, erhalten {zaehler.value}')
