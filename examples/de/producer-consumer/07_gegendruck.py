import time
from multiprocessing import Event, Process, Queue, Value


def erzeuger(q, gestartet, hineingelegt):
    gestartet.set()
    for i in range(10):
        q.put(i)  # blockiert, solange die Queue voll ist
        hineingelegt.value = i + 1


def durchlauf(q):
    gestartet = Event()
    hineingelegt = Value('i', 0)
    p = Process(target=erzeuger, args=(q, gestartet, hineingelegt))
    p.start()
    gestartet.wait()
    time.sleep(0.3)  # ein langsamer Verbraucher: 0,3 s lang holt niemand ab
    stand = hineingelegt.value
    abgeholt = [q.get() for _ in range(10)]  # erst abholen, dann join()
    p.join()
    return stand, abgeholt


if __name__ == '__main__':
    for name, q in (('ohne maxsize', Queue()), ('maxsize=2', Queue(maxsize=2))):
        stand, abgeholt = durchlauf(q)
        print(f'{name + ":":<13} nach 0,3 s {stand:>2} von 10 hineingelegt, abgeholt {abgeholt}')
