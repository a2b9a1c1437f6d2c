from multiprocessing import Pool


def kehrwert(x):
    if x == 0:
        raise ValueError('0 hat keinen Kehrwert')
    return 1 / x


if __name__ == '__main__':
    zahlen = [4, 2, 0, 1, 5]
    with Pool(processes=2) as pool:
        try:
            pool.apply_async(kehrwert, (0,)).get(timeout=10)
        except ValueError as fehler:
            print(f'apply_async().get(): {type(fehler).__name__}: {fehler}')
            print(f'Typ von __cause__: {type(fehler.__cause__).__name__}')

        try:
            print(pool.map(kehrwert, zahlen))
        except ValueError as fehler:
            print(f'map(): {type(fehler).__name__}, kein einziges Ergebnis')

        print('imap():')
        try:
            for ergebnis in pool.imap(kehrwert, zahlen):
                print(ergebnis)
        except ValueError as fehler:
            print(f'{type(fehler).__name__}: {fehler}')
