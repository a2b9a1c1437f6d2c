import functools
import multiprocessing as mp
import pickle
import threading


def quadrat(x):
    return x * x


def potenz(basis, exponent):
    return basis**exponent


def erzeuge_innere():
    def innen(x):
        return x + 1

    return innen


class Konto:
    def __init__(self, stand):
        self.stand = stand

    def einzahlen(self, betrag):
        return self.stand + betrag


if __name__ == '__main__':
    with open(__file__, encoding='utf-8') as datei:
        kandidaten = [
            ('Funktion auf oberster Ebene', quadrat),
            ('Lambda', lambda x: x * x),
            ('verschachtelte Funktion', erzeuge_innere()),
            ('functools.partial', functools.partial(potenz, exponent=2)),
            ('gebundene Methode', Konto(100).einzahlen),
            ('offene Datei', datei),
            ('threading.Lock', threading.Lock()),
            ('multiprocessing.Lock', mp.Lock()),
        ]
        for name, objekt in kandidaten:
            try:
                pickle.dumps(objekt)
            except Exception as fehler:
                print(f'{name:28} {type(fehler).__name__}')
            else:
                print(f'{name:28} lässt sich pickeln')
