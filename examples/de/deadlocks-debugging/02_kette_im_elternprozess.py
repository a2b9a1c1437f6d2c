from concurrent.futures import ProcessPoolExecutor


def aufgabe_a(wert_von_b):
    return f'A fertig mit {wert_von_b}'


def aufgabe_b():
    return 'Wert von B'


def warte_auf(future):
    return future.result()


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        b = executor.submit(aufgabe_b)
        try:
            executor.submit(warte_auf, b).result()
        except TypeError as fehler:
            print(f'Future als Argument: {type(fehler).__name__}: {fehler}')
        a = executor.submit(aufgabe_a, b.result())  # die Kette steht im Elternprozess
        print(a.result())
