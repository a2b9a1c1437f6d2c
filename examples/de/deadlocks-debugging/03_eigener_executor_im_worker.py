import pickle
import threading
from concurrent.futures import ProcessPoolExecutor

executor = None  # wird im __main__-Block gesetzt


def innen():
    return 'innen'


def reiche_selbst_ein():
    ergebnis = []

    def versuche():
        try:
            ergebnis.append(f'submit() gelang: {executor.submit(innen).result(timeout=0.5)}')
        except Exception as fehler:
            ergebnis.append(f'{type(fehler).__name__}: {fehler}')

    thread = threading.Thread(target=versuche, daemon=True)  # nur, damit das Beispiel endet
    thread.start()
    thread.join(timeout=0.5)
    return ergebnis[0] if ergebnis else 'submit() kehrt nicht zurück'


def bekommt_executor(anderer_executor):
    return 'angekommen'


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            pickle.dumps(executor)
        except TypeError as fehler:
            print(f'pickle.dumps(executor): {type(fehler).__name__}: {fehler}')
        try:
            executor.submit(bekommt_executor, executor).result()
        except TypeError as fehler:
            print(f'Executor als Argument: {type(fehler).__name__}: {fehler}')
        print(f'Im Worker: {executor.submit(reiche_selbst_ein).result()}')
