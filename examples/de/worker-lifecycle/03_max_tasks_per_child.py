import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context


def aufgabe(x):
    return os.getpid()


if __name__ == '__main__':
    try:
        ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1, mp_context=get_context('fork'))
    except ValueError as fehler:
        print(f'fork: ValueError: {fehler}')

    # spawn ausdrücklich wählen, statt sich auf die Voreinstellung zu verlassen
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1, mp_context=get_context('spawn')) as executor:
        prozesse = set(executor.map(aufgabe, range(3)))
    print(f'spawn: 3 Aufgaben, {len(prozesse)} Worker-Prozesse nacheinander')
