from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def reciprocal(x):
    if x == 0:
        raise ValueError('0 has no reciprocal')
    return 1 / x


if __name__ == '__main__':
    with Pool(2) as pool:
        try:
            print(pool.map(reciprocal, [1, 0, 4]))
        except ValueError as error:
            print(f'Pool.map: {type(error).__name__}: {error}')
        try:
            pool.apply_async(reciprocal, (0,)).get()
        except ValueError as error:
            print(f'Pool.apply_async().get(): {type(error).__name__}: {error}')

    with ProcessPoolExecutor(max_workers=2) as executor:
        try:
            executor.submit(reciprocal, 0).result()
        except ValueError as error:
            print(f'Executor.submit().result(): {type(error).__name__}: {error}')
        try:
            for result in executor.map(reciprocal, [1, 0]):  # the failing task last, see below
                print(f'Executor.map delivers {result}')
        except ValueError as error:
            print(f'Executor.map: {type(error).__name__}: {error}')
