from multiprocessing import Pool


def reciprocal(x):
    if x == 0:
        raise ValueError('0 has no reciprocal')
    return 1 / x


if __name__ == '__main__':
    numbers = [4, 2, 0, 1, 5]
    with Pool(processes=2) as pool:
        try:
            pool.apply_async(reciprocal, (0,)).get(timeout=10)
        except ValueError as error:
            print(f'apply_async().get(): {type(error).__name__}: {error}')
            print(f'Type of __cause__: {type(error.__cause__).__name__}')

        try:
            print(pool.map(reciprocal, numbers))
        except ValueError as error:
            print(f'map(): {type(error).__name__}, not a single result')

        print('imap():')
        try:
            for result in pool.imap(reciprocal, numbers):
                print(result)
        except ValueError as error:
            print(f'{type(error).__name__}: {error}')
