import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def arbeite(x):
    if x == 0:
        time.sleep(0.5)  # bis dahin warten die Aufgaben 1 und 2 sicher schon
        os._exit(1)  # der Worker endet sofort, ohne Ausgabe und ohne eine Ausnahme auszulösen
    return x * 10


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        futures = [executor.submit(arbeite, x) for x in range(3)]
        for x, future in enumerate(futures):
            try:
                print(f'Aufgabe {x}: {future.result()}')
            except BrokenProcessPool as fehler:
                print(f'Aufgabe {x}: {type(fehler).__name__}')
        try:
            executor.submit(arbeite, 5)
        except BrokenProcessPool as fehler:
            print(f'Neue Aufgabe: {type(fehler).__name__}')

    with ProcessPoolExecutor(max_workers=1) as executor:  # ein neuer Executor
        print(f'Neuer Executor, Aufgabe 5: {executor.submit(arbeite, 5).result()}')
