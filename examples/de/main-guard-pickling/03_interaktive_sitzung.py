import os
import subprocess
import sys
import tempfile

# wie im REPL oder im Notebook: quadrat() entsteht in __main__, einer Datei gibt es nicht
INTERAKTIV = '''
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

def quadrat(x):
    return x * x

with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context('spawn')) as executor:
    try:
        print(list(executor.map(quadrat, range(4))))
    except Exception as fehler:
        print(type(fehler).__name__)
'''

# die Abhilfe: dieselbe Funktion in aufgaben.py, im Notebook nur importiert
MIT_MODUL = '''
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

from aufgaben import quadrat

with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context('spawn')) as executor:
    print(list(executor.map(quadrat, range(4))))
'''


MELDUNG = "Can't get attribute 'quadrat'"


def sitzung(code, ordner):
    befehl = [sys.executable, '-c', code]
    return subprocess.run(befehl, cwd=ordner, capture_output=True, text=True, timeout=20)


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as ordner:
        ergebnis = sitzung(INTERAKTIV, ordner)
        print(f'Interaktiv definiert: {ergebnis.stdout.strip()}')
        print(f'Fehlerkanal enthält {MELDUNG!r}: {MELDUNG in ergebnis.stderr}')

        with open(os.path.join(ordner, 'aufgaben.py'), 'w', encoding='utf-8') as datei:
            datei.write('def quadrat(x):\n    return x * x\n')
        ergebnis = sitzung(MIT_MODUL, ordner)
        print(f'Aus aufgaben.py importiert: {ergebnis.stdout.strip()}')
