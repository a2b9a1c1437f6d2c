import multiprocessing as mp
import pickle


def quadrat(x):
    return x * x


def entpacke(daten):  # läuft im Worker
    try:
        funktion = pickle.loads(daten)
    except AttributeError as fehler:
        return f'AttributeError: {str(fehler).partition(" on ")[0]}'  # ohne den Dateipfad
    return f'gefunden, Ergebnis für 3: {funktion(3)}'


if __name__ == '__main__':

    def kubik(x):  # entsteht erst hier, wie eine Funktion aus einer Notebook-Zelle
        return x**3

    with mp.Pool(1) as pool:
        for funktion in (quadrat, kubik):
            print(f'{funktion.__name__}: {pool.apply(entpacke, (pickle.dumps(funktion),))}')
