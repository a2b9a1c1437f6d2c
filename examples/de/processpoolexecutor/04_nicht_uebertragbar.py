import pickle
from concurrent.futures import ProcessPoolExecutor
from functools import partial

# Was pickle auslöst, hängt von der Version ab: PicklingError für eine Lambda-Funktion;
# für eine lokale Funktion AttributeError bis Python 3.13, PicklingError ab Python 3.14.
NICHT_PICKELBAR = (pickle.PicklingError, AttributeError)


def berechne(x):
    return x * x


def potenz(x, exponent):
    return x ** exponent


def erzeuge_lokale_funktion():
    def lokal(x):
        return x * x

    return lokal


if __name__ == '__main__':
    aufgaben = {
        'berechne': berechne,
        'partial(potenz, exponent=2)': partial(potenz, exponent=2),
        'Lambda-Funktion': lambda x: x * x,
        'lokale Funktion': erzeuge_lokale_funktion(),
    }
    with ProcessPoolExecutor() as executor:
        for name, aufgabe in aufgaben.items():
            future = executor.submit(aufgabe, 4)
            try:
                print(f'{name}: {future.result()}')
            except NICHT_PICKELBAR:
                print(f'{name}: lässt sich nicht pickeln')
