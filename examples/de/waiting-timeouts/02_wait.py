import time
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ProcessPoolExecutor, wait


def schlafe(millisekunden):
    time.sleep(millisekunden / 1000)
    return millisekunden


def scheitere(millisekunden):
    time.sleep(millisekunden / 1000)
    raise ValueError('Aufgabe gescheitert')


def beschreibe(future):
    if future.exception() is not None:
        return f'{type(future.exception()).__name__}: {future.exception()}'
    return f'Ergebnis {future.result()}'


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=3) as executor:
        futures = [executor.submit(schlafe, ms) for ms in (0, 400, 400)]
        fertig, offen = wait(futures, return_when=FIRST_COMPLETED)
        print(f'FIRST_COMPLETED: {len(fertig)} fertig, {len(offen)} offen')
        print(f'  {sorted(beschreibe(f) for f in fertig)}')
        fertig, offen = wait(futures, return_when=ALL_COMPLETED)
        print(f'ALL_COMPLETED: {len(fertig)} fertig, {len(offen)} offen')

        futures = [executor.submit(schlafe, 0), executor.submit(scheitere, 200), executor.submit(schlafe, 600)]
        fertig, offen = wait(futures, return_when=FIRST_EXCEPTION)
        print(f'FIRST_EXCEPTION: {len(fertig)} fertig, {len(offen)} offen')
        print(f'  {sorted(beschreibe(f) for f in fertig)}')
