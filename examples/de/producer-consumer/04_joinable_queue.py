import time
from multiprocessing import JoinableQueue, Process, Value


def verbraucher(auftraege, erledigt):
    while auftraege.get() is not None:
        time.sleep(0.05)  # die eigentliche Arbeit
        with erledigt.get_lock():
            erledigt.value += 1
        auftraege.task_done()  # erst nach der Arbeit
    auftraege.task_done()  # auch für die Stoppmarke


if __name__ == '__main__':
    auftraege = JoinableQueue()
    erledigt = Value('i', 0)
    verbrauchende = [Process(target=verbraucher, args=(auftraege, erledigt)) for _ in range(2)]
    for p in verbrauchende:
        p.start()
    for runde in (1, 2):
        for zahl in range(4):
            auftraege.put(zahl)
        auftraege.join()  # bis für jeden Auftrag task_done() kam
        print(f'Runde {runde}: join() kehrt zurück, erledigt: {erledigt.value}')
    for _ in verbrauchende:
        auftraege.put(None)
    auftraege.join()
    for p in verbrauchende:
        p.join()
    print(f'Exit-Codes: {[p.exitcode for p in verbrauchende]}')
