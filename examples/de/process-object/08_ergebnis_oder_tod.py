import os
import traceback
from multiprocessing import Pipe, Process
from multiprocessing.connection import wait


def arbeite(x):
    if x == 0:
        raise ZeroDivisionError('x ist 0')
    if x < 0:
        os._exit(3)  # endet sofort, ohne Ausnahme und ohne Nachricht, wie bei einem Absturz
    return 100 // x


def mit_meldung(sende, x):
    try:
        sende.send(('ok', arbeite(x)))
    except Exception as fehler:
        sende.send(('fehler', f'{type(fehler).__name__}: {fehler}', traceback.format_exc()))


def fuehre_aus(x):
    empfang, sende = Pipe(duplex=False)
    p = Process(target=mit_meldung, args=(sende, x))
    p.start()
    wait([empfang, p.sentinel])  # Nachricht oder Prozessende, was zuerst kommt
    nachricht = empfang.recv() if empfang.poll() else None
    p.join()
    empfang.close()
    sende.close()
    if nachricht is None:
        return f'keine Nachricht, exitcode {p.exitcode}'
    if nachricht[0] == 'ok':
        return f'Ergebnis {nachricht[1]}, exitcode {p.exitcode}'
    return f'{nachricht[1]}, exitcode {p.exitcode}'


if __name__ == '__main__':
    for x in (5, 0, -1):
        print(f'x={x}: {fuehre_aus(x)}')
