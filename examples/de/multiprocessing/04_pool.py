from multiprocessing import Pool


def meine_funktion(x):
    return x * x


if __name__ == '__main__':
    with Pool() as p:  # so viele Prozesse wie CPU-Kerne
        print(p.map(meine_funktion, range(9)))
