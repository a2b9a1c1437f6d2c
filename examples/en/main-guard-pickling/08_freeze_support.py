import multiprocessing
import sys


def square(x):
    return x * x


if __name__ == '__main__':
    multiprocessing.freeze_support()  # right after the __main__ guard; no effect when not frozen
    print(f'Frozen: {getattr(sys, "frozen", False)}')
    with multiprocessing.Pool(2) as pool:
        print(f'Squares: {pool.map(square, range(5))}')
