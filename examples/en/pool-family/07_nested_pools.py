from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def square(x):
    return x * x


def sum_of_squares(n):
    with Pool(2) as inner_pool:  # a pool inside the worker
        return sum(inner_pool.map(square, range(n)))


if __name__ == '__main__':
    with Pool(1) as pool:
        try:
            print(pool.apply(sum_of_squares, (4,)))
        except AssertionError as error:
            print(f'Pool in a pool worker: {type(error).__name__}: {error}')
        pool.close()  # let the worker end normally so that it cleans up (see below)
        pool.join()

    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'Pool in an executor worker: {executor.submit(sum_of_squares, 4).result()}')
