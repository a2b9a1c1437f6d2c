from multiprocessing import Pool


def quadrat(x):
    return x * x


def potenz(basis, exponent):
    return basis**exponent


if __name__ == '__main__':
    with Pool() as pool:
        print(pool.map(quadrat, range(6)))  # fertige Liste, wartet auf alle Ergebnisse

        ergebnisse = pool.imap(quadrat, range(6))  # Iterator, liefert nach und nach
        print(f'erstes Ergebnis: {next(ergebnisse)}')
        print(f'der Rest: {list(ergebnisse)}')

        print(pool.starmap(potenz, [(2, 3), (3, 2), (10, 0)]))
