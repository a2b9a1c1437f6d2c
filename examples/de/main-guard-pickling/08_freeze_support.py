import multiprocessing
import sys


def quadrat(x):
    return x * x


if __name__ == '__main__':
    multiprocessing.freeze_support()  # direkt nach dem __main__-Schutz; ohne Wirkung, wenn nicht eingefroren
    print(f'Eingefroren: {getattr(sys, "frozen", False)}')
    with multiprocessing.Pool(2) as pool:
        print(f'Quadrate: {pool.map(quadrat, range(5))}')
