import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor


def schlafe(sekunden):
    time.sleep(sekunden)
    return 'fertig'


if __name__ == '__main__':
    with multiprocessing.Pool(1) as pool:
        ergebnis = pool.apply_async(schlafe, (5,))
    # __exit__ hat terminate() aufgerufen: der Worker ist beendet
    print(f'Pool ohne Warten: ready() = {ergebnis.ready()}')
    try:
        ergebnis.get(timeout=0.1)
    except multiprocessing.TimeoutError:
        print('Pool ohne Warten: das Ergebnis kommt nie an')

    with multiprocessing.Pool(1) as pool:
        ergebnis = pool.apply_async(schlafe, (0.2,))
        pool.close()
        pool.join()  # wartet auf alle Aufgaben, bevor __exit__ terminate() aufruft
    print(f'Pool mit close() und join(): get() = {ergebnis.get(timeout=0.1)!r}')

    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(schlafe, 0.2)
    # __exit__ hat shutdown(wait=True) aufgerufen
    print(f'Executor: done() = {future.done()}, result() = {future.result()!r}')
