import time
from multiprocessing import Pool


def slow_square(x):
    time.sleep(0.04 * (5 - x))  # small numbers take longer
    return x, x * x  # return the input too: this keeps clear which input a result belongs to


if __name__ == '__main__':
    with Pool(2) as pool:
        results = list(pool.imap_unordered(slow_square, range(6)))
    print(f'{len(results)} results received')
    for x, square in sorted(results):
        print(f'{x} * {x} = {square}')
