from multiprocessing import Barrier, Process, Value


def erhoehe(zaehler, treffpunkt):
    alt = zaehler.value  # 1. lesen
    treffpunkt.wait()  # beide haben gelesen, keiner hat geschrieben
    zaehler.value = alt + 1  # 2. addieren und 3. schreiben


if __name__ == '__main__':
    zaehler = Value('i', 0)
    treffpunkt = Barrier(2)
    prozesse = [Process(target=erhoehe, args=(zaehler, treffpunkt)) for _ in range(2)]
    for p in prozesse:
        p.start()
    for p in prozesse:
        p.join()
    print(f'Zwei Erhöhungen, erwartet 2, erhalten {zaehler.value}')
