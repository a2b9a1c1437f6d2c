from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def quadrat(x):
    return x * x


def summe_der_quadrate(n):
    with Pool(2) as innerer_pool:  # ein Pool im Worker
        return sum(innerer_pool.map(quadrat, range(n)))


if __name__ == '__main__':
    with Pool(1) as pool:
        try:
            print(pool.apply(summe_der_quadrate, (4,)))
        except AssertionError as fehler:
            print(f'Pool im Pool-Worker: {type(fehler).__name__}: {fehler}')
        pool.close()  # Worker regulär beenden lassen, damit er aufräumt (siehe unten)
        pool.join()

    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'Pool im Executor-Worker: {executor.submit(summe_der_quadrate, 4).result()}')
