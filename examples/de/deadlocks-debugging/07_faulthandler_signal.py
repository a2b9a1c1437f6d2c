import concurrent.futures
import faulthandler
import multiprocessing
import os
import re
import signal
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor

protokoll = None  # im Worker: die offene Datei für faulthandler
angekommen = freigabe = None  # im Worker: die beiden Events aus initargs


def richte_worker_ein(dateiname, angekommen_event, freigabe_event):
    global protokoll, angekommen, freigabe
    angekommen, freigabe = angekommen_event, freigabe_event
    protokoll = open(dateiname, 'w', encoding='utf-8')
    faulthandler.register(signal.SIGUSR1, file=protokoll)  # SIGUSR1: Stack in die Datei schreiben


def warte_auf_freigabe():
    angekommen.set()
    while not freigabe.is_set():  # steht für ein Warten, das nicht endet
        time.sleep(0.01)


def aufgabe():
    warte_auf_freigabe()
    return 'fertig'


def lies_funktionen(dateiname):
    ende = time.monotonic() + 5
    while time.monotonic() < ende:  # der Worker schreibt, während der Elternprozess schon liest
        with open(dateiname, encoding='utf-8') as datei:
            text = datei.read()
        if 'in <module>' in text:
            break
        time.sleep(0.01)
    funktionen = re.findall(r'line \d+ in (\S+)', text)
    # trifft das Signal den Worker in freigabe.is_set(), stehen dessen Aufrufe zuoberst
    return funktionen[funktionen.index('warte_auf_freigabe'):]


if __name__ == '__main__':
    angekommen_event, freigabe_event = multiprocessing.Event(), multiprocessing.Event()
    with tempfile.TemporaryDirectory() as ordner:
        dateiname = os.path.join(ordner, 'worker-stack.txt')
        initargs = (dateiname, angekommen_event, freigabe_event)
        with ProcessPoolExecutor(max_workers=1, initializer=richte_worker_ein, initargs=initargs) as executor:
            future = executor.submit(aufgabe)
            angekommen_event.wait()
            try:
                future.result(timeout=0.3)
            except concurrent.futures.TimeoutError:
                print('TimeoutError: die Aufgabe hängt')
            for kind in multiprocessing.active_children():
                os.kill(kind.pid, signal.SIGUSR1)
            print(f'Funktionen, innerste zuerst: {lies_funktionen(dateiname)[:3]}')
            freigabe_event.set()
            print(f'Danach: {future.result()}')
