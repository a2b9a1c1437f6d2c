import logging
import multiprocessing
import sys
import time


def nur_start_und_ende(eintrag):
    return eintrag.getMessage().startswith(('child process calling', 'process exiting'))


# auf oberster Ebene: ein Kind unter spawn richtet den Handler beim Laden des Skripts selbst ein
logger = multiprocessing.get_logger()
if not logger.handlers:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    handler.addFilter(nur_start_und_ende)
    logger.addHandler(handler)
logger.setLevel(logging.INFO)


def kurz():
    pass


def haengt(gestartet):
    gestartet.set()
    time.sleep(10)  # steht für ein Warten, das nie endet


if __name__ == '__main__':
    p = multiprocessing.Process(target=kurz, name='Kurz')
    p.start()
    p.join()
    print(f'Kurz: exitcode={p.exitcode}')

    gestartet = multiprocessing.Event()
    p = multiprocessing.Process(target=haengt, args=(gestartet,), name='Haengt')
    p.start()
    gestartet.wait()  # erst wenn haengt() läuft: dann steht auch seine erste Zeile schon im Protokoll
    p.join(timeout=0.5)
    print(f'Haengt nach join(timeout=0.5): is_alive={p.is_alive()}')
    p.terminate()
    p.join()
    print(f'Haengt: exitcode={p.exitcode}')
