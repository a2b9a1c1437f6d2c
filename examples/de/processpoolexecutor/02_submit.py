from concurrent.futures import ProcessPoolExecutor


def berechne(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor() as executor:
        future = executor.submit(berechne, 4)
        ergebnis = future.result()
        print(ergebnis)  # Ausgabe: 16
