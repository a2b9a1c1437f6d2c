import faulthandler
import os
import re
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

protokoll = None  # im Worker: die offene Datei für faulthandler


def oeffne_protokoll(dateiname):
    global protokoll
    protokoll = open(dateiname, 'w', encoding='utf-8')  # bleibt offen: faulthandler schreibt später hinein


def warte_auf_antwort():
    time.sleep(10)  # steht für ein Warten, das nie endet


def aufgabe():
    faulthandler.dump_traceback_later(0.5, exit=True, file=protokoll)  # der Wächter dieser Aufgabe
    try:
        warte_auf_antwort()
    finally:
        faulthandler.cancel_dump_traceback_later()  # rechtzeitig fertig: Wächter aufheben


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as ordner:
        dateiname = os.path.join(ordner, 'worker-stack.txt')
        with ProcessPoolExecutor(max_workers=1, initializer=oeffne_protokoll, initargs=(dateiname,)) as executor:
            try:
                executor.submit(aufgabe).result()
            except BrokenProcessPool as fehler:
                print(f'{type(fehler).__name__}: der Wächter hat den Worker beendet')
        with open(dateiname, encoding='utf-8') as datei:
            text = datei.read()
    funktionen = re.findall(r'line \d+ in (\S+)', text)
    print(f'Erste Zeile: {text.splitlines()[0]}')
    print(f'Funktionen, innerste zuerst: {funktionen[:3]}')
