import os
import sys
import tempfile
from multiprocessing import Process


def kehrt_zurueck():
    pass


def loest_aus():
    raise ValueError('Messwert fehlt')


def exit_3():
    sys.exit(3)


def exit_text():
    sys.exit('Konfiguration fehlt')


def exit_256():
    sys.exit(256)


def stderr_in_datei(pfad, ziel):
    sys.stderr = open(pfad, 'w', encoding='utf-8')  # nur in diesem Kindprozess
    ziel()


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as ordner:
        ziele = (kehrt_zurueck, loest_aus, exit_3, exit_text, exit_256)
        prozesse = [Process(target=stderr_in_datei, args=(os.path.join(ordner, z.__name__), z)) for z in ziele]
        for p in prozesse:
            p.start()
        for ziel, p in zip(ziele, prozesse):
            p.join()
            with open(os.path.join(ordner, ziel.__name__), encoding='utf-8') as datei:
                zeilen = datei.read().splitlines()
            if not zeilen:
                stderr = '(leer)'
            elif len(zeilen) == 1:
                stderr = repr(zeilen[0])
            else:
                stderr = f'{zeilen[0]!r} … {zeilen[-1]!r}'
            print(f'{ziel.__name__:13} exitcode={p.exitcode}, stderr: {stderr}')
