import traceback
from multiprocessing import Process, Queue


def berechne(x):
    if x < 0:
        raise ValueError(f'{x} ist negativ')
    return x * 2


def mit_meldung(queue, ziel, *args):
    try:
        queue.put(('ok', ziel(*args)))
    except Exception as fehler:
        queue.put(('fehler', fehler, traceback.format_exc()))


class FernerTraceback(Exception):
    """Trägt den Traceback aus dem Kindprozess als Text."""


def ergebnis(x):
    queue = Queue()
    p = Process(target=mit_meldung, args=(queue, berechne, x))
    p.start()
    art, *inhalt = queue.get()  # erst abholen, dann join()
    p.join()
    print(f'x={x}: exitcode {p.exitcode}, Meldung {art!r}')
    if art == 'fehler':
        fehler, text = inhalt
        print(f'  Traceback-Objekt nach dem Auspacken: {fehler.__traceback__}')
        raise fehler from FernerTraceback(text)  # wie ProcessPoolExecutor: __cause__ trägt den Text
    return inhalt[0]


if __name__ == '__main__':
    print(f'Ergebnis: {ergebnis(21)}')
    try:
        ergebnis(-1)
    except ValueError as fehler:
        kette = ''.join(traceback.format_exception(type(fehler), fehler, fehler.__traceback__))
        print(f'Im Elternprozess: {type(fehler).__name__}: {fehler}')
        print(f"  Die Kette nennt die Zeile in berechne: {'in berechne' in kette}")
