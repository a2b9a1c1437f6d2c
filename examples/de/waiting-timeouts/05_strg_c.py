import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Semaphore


def bereite_worker_vor(bereit):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Strg+C behandelt nur der Elternprozess
    bereit.release()  # meldet dem Elternprozess: dieser Worker ignoriert SIGINT


def aufgabe(nummer):
    time.sleep(0.2)
    return nummer


if __name__ == '__main__':
    if os.getpgrp() != os.getpid():
        os.setpgrp()  # eine eigene Prozessgruppe, damit killpg() nur dieses Programm trifft
    bereit = Semaphore(0)
    with ProcessPoolExecutor(max_workers=2, initializer=bereite_worker_vor, initargs=(bereit,)) as executor:
        futures = [executor.submit(aufgabe, nummer) for nummer in range(12)]
        for _ in range(2):
            bereit.acquire()  # wartet, bis beide Worker SIGINT ignorieren
        try:
            for nummer, future in enumerate(futures):
                print(f'Ergebnis: {future.result()}')
                if nummer == 1:
                    os.killpg(os.getpgrp(), signal.SIGINT)  # wie Strg+C: SIGINT an jeden Prozess der Gruppe
        except KeyboardInterrupt:
            print('KeyboardInterrupt: wartende Aufgaben werden abgebrochen')
            executor.shutdown(wait=True, cancel_futures=True)
    print(f'Letzte Aufgabe abgebrochen: {futures[-1].cancelled()}')
    print('Alle Worker sind beendet')
