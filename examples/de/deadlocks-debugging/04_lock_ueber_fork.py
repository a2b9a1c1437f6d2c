import multiprocessing as mp
import sys
import threading
import warnings

lock = threading.Lock()


def halte_lock(gesperrt, weiter):
    with lock:
        gesperrt.set()
        weiter.wait()  # hält den Lock, bis der Hauptthread ihn freigibt


def kind(ergebnis):
    ergebnis.put(lock.acquire(timeout=0.5))


if __name__ == '__main__':
    ctx = mp.get_context('fork')
    gesperrt, weiter = threading.Event(), threading.Event()
    thread = threading.Thread(target=halte_lock, args=(gesperrt, weiter))
    thread.start()
    gesperrt.wait()

    ergebnis = ctx.Queue()
    p = ctx.Process(target=kind, args=(ergebnis,))
    with warnings.catch_warnings(record=True) as gefangen:
        warnings.simplefilter('always', DeprecationWarning)
        p.start()
    warnung = [w for w in gefangen if 'fork()' in str(w.message)]
    print(f'Kindprozess: lock.acquire(timeout=0.5) -> {ergebnis.get()}')
    p.join()
    weiter.set()
    thread.join()
    print(f'Elternprozess: lock.acquire(timeout=0.5) -> {lock.acquire(timeout=0.5)}')
    print(f'DeprecationWarning genau ab Python 3.12: {bool(warnung) == (sys.version_info >= (3, 12))}')
