from concurrent.futures import ProcessPoolExecutor


def berechne(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor() as executor:
        ergebnisse = executor.map(berechne, [1, 2, 3, 4, 5])
        for ergebnis in ergebnisse:
            print(ergebnis)
