from concurrent.futures import ProcessPoolExecutor


def berechne(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        for aufgabe in (lambda x: x * x, berechne):
            try:
                print(executor.submit(aufgabe, 4).result())
            except Exception as fehler:
                print(f'{type(fehler).__name__}: {aufgabe.__name__} lässt sich nicht übertragen')
