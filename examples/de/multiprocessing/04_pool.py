from multiprocessing import Pool


def meine_funktion(x):
    return x * x


if __name__ == '__main__':
    with Pool() as p:  # ohne Argument: so viele Prozesse, wie die CPU-Zählung meldet
        print(p.map(meine_funktion, range(9)))
