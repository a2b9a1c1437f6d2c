from concurrent.futures import ProcessPoolExecutor


def teile(a, b):
    if b == 0:
        raise ValueError(f'{a} lässt sich nicht durch 0 teilen')
    return a / b


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        gut = executor.submit(teile, 6, 3)
        schlecht = executor.submit(teile, 1, 0)

        print(f'Ergebnis: {gut.result()}')
        try:
            schlecht.result()
        except ValueError as fehler:
            print(f'result() löst aus: {type(fehler).__name__}: {fehler}')

        ausnahme = schlecht.exception()  # wartet wie result(), löst aber nicht aus
        print(f'exception() liefert: {ausnahme!r}')
        print(f'exception() bei Erfolg: {gut.exception()}')
