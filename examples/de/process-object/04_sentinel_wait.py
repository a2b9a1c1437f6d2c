import time
from multiprocessing import Barrier, Process
from multiprocessing.connection import wait


def schlafe(start, sekunden):
    start.wait()  # alle beginnen gleichzeitig
    time.sleep(sekunden)


if __name__ == '__main__':
    dauer = {'A': 0.45, 'B': 0.05, 'C': 0.25}
    start = Barrier(len(dauer) + 1)  # die Kindprozesse und der Elternprozess
    offen = {}
    for name, sekunden in dauer.items():
        p = Process(target=schlafe, args=(start, sekunden), name=name)
        p.start()
        offen[p.sentinel] = p
    start.wait()
    while offen:
        for sentinel in wait(list(offen)):  # kehrt zurück, sobald ein Prozess endet
            p = offen.pop(sentinel)
            p.join()  # kehrt sofort zurück: der Prozess ist schon beendet
            rest = sorted(q.name for q in offen.values())
            print(f'Beendet: {p.name} (exitcode {p.exitcode}), noch offen: {rest}')
