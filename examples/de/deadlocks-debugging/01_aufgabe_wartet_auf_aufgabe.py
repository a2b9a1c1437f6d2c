import concurrent.futures
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

ergebnisse = None  # im Worker: die Queue aus initargs


def richte_ein(queue):
    global ergebnisse
    ergebnisse = queue


def aufgabe_a():
    wert = ergebnisse.get()  # wartet auf den Wert von B
    return f'A fertig mit {wert}'


def aufgabe_b():
    ergebnisse.put('Wert von B')
    return 'B fertig'


if __name__ == '__main__':
    queue = multiprocessing.Queue()
    with ProcessPoolExecutor(max_workers=1, initializer=richte_ein, initargs=(queue,)) as executor:
        a = executor.submit(aufgabe_a)
        b = executor.submit(aufgabe_b)
        try:
            a.result(timeout=0.5)
        except concurrent.futures.TimeoutError:
            print('TimeoutError: A wartet auf B, B wartet auf den Worker, den A belegt')
        print(f'B fertig: {b.done()}, B abbrechen: {b.cancel()}')
        queue.put('Ersatzwert')  # befreit A; ohne diese Zeile wartete der with-Block für immer
        print(a.result())
        print(b.result())
