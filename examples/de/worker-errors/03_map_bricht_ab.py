from concurrent.futures import ProcessPoolExecutor


def kehrwert(x):
    if x == 0:
        raise ValueError('0 hat keinen Kehrwert')
    return 1 / x


if __name__ == '__main__':
    zahlen = [4, 2, 0, 1, 5]
    with ProcessPoolExecutor(max_workers=2) as executor:
        print('Mit map():')
        try:
            for ergebnis in executor.map(kehrwert, zahlen):
                print(ergebnis)
        except ValueError as fehler:
            print(f'{type(fehler).__name__}: {fehler}')

        print('Mit submit(), jedes Ergebnis einzeln:')
        futures = [executor.submit(kehrwert, x) for x in zahlen]
        for x, future in zip(zahlen, futures):
            try:
                print(f'{x}: {future.result()}')
            except ValueError as fehler:
                print(f'{x}: {type(fehler).__name__}: {fehler}')
