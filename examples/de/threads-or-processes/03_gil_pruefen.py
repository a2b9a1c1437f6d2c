import sys
import sysconfig
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def zaehle_primzahlen(grenze):
    anzahl = 0
    for zahl in range(2, grenze):
        teiler = 2
        while teiler * teiler <= zahl:
            if zahl % teiler == 0:
                break
            teiler += 1
        else:
            anzahl += 1
    return anzahl


def ja_nein(wert):
    return 'ja' if wert else 'nein'


if __name__ == '__main__':
    free_threaded_build = sysconfig.get_config_var('Py_GIL_DISABLED') == 1  # empfohlen für den Build
    gil_aktiv = True  # der übliche Build hat immer einen GIL
    if free_threaded_build:
        gil_aktiv = sys._is_gil_enabled()  # ab Python 3.13; ein Erweiterungsmodul kann ihn einschalten

    print(f'Free-threaded Build: {ja_nein(free_threaded_build)}')
    print(f'GIL aktiv:           {ja_nein(gil_aktiv)}')

    executor_klasse = ProcessPoolExecutor if gil_aktiv else ThreadPoolExecutor
    print(f'Für rechnende Arbeit: {executor_klasse.__name__}')
    with executor_klasse(max_workers=2) as executor:
        print(f'Primzahlen unter 5000 und 10000: {list(executor.map(zaehle_primzahlen, [5_000, 10_000]))}')
