import itertools
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

produced = 0  # counts in the parent process how many items the generator has yielded


def inputs(count=None):
    global produced
    for number in itertools.count() if count is None else range(count):
        produced += 1
        yield number


def square(x):
    return x * x


def slow_square(x):
    time.sleep(0.02)
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        results = executor.map(square, inputs(1000))
        print(f'Executor.map: produced before the first result: {produced} of 1000')
        print(f'  first result: {next(results)}')

    produced = 0
    with Pool(2) as pool:
        results = pool.imap(slow_square, inputs())  # endless generator
        print(f'Pool.imap: first results: {[next(results) for _ in range(3)]}')
        time.sleep(0.2)
        print(f'  produced: more than 100: {produced > 100}, fewer than 10000: {produced < 10_000}')
