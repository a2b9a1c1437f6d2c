from concurrent.futures import ProcessPoolExecutor


def reciprocal(x):
    if x == 0:
        raise ValueError('0 has no reciprocal')
    return 1 / x


if __name__ == '__main__':
    numbers = [4, 2, 0, 1, 5]
    with ProcessPoolExecutor(max_workers=2) as executor:
        print('With map():')
        try:
            for result in executor.map(reciprocal, numbers):
                print(result)
        except ValueError as error:
            print(f'{type(error).__name__}: {error}')

        print('With submit(), each result on its own:')
        futures = [executor.submit(reciprocal, x) for x in numbers]
        for x, future in zip(numbers, futures):
            try:
                print(f'{x}: {future.result()}')
            except ValueError as error:
                print(f'{x}: {type(error).__name__}: {error}')
