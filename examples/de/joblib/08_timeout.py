import multiprocessing
import time

from joblib import Parallel, delayed


def schlafe(sekunden):
    time.sleep(sekunden)
    return sekunden


if __name__ == '__main__':
    beginn = time.monotonic()
    try:
        Parallel(n_jobs=2, timeout=0.5)(delayed(schlafe)(s) for s in (0.1, 20))
    except multiprocessing.TimeoutError as fehler:
        print(f'{type(fehler).__module__}.{type(fehler).__name__}')
        print(f'Zugleich das eingebaute TimeoutError: {isinstance(fehler, TimeoutError)}')
    print(f'Nach weniger als 10 s zurück: {time.monotonic() - beginn < 10}')
    print(f'Laufende Worker: {len(multiprocessing.active_children())}')
