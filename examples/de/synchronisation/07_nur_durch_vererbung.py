from multiprocessing import Event, Lock, Pool, Value

geerbter_lock = None


def initialisiere(lock):
    global geerbter_lock
    geerbter_lock = lock  # einmal pro Worker, beim Start


def quadrat_mit_argument(paar):
    lock, zahl = paar
    with lock:
        return zahl * zahl


def quadrat_mit_geerbtem_lock(zahl):
    with geerbter_lock:
        return zahl * zahl


if __name__ == '__main__':
    lock = Lock()

    with Pool(2) as pool:
        try:
            pool.map(quadrat_mit_argument, [(lock, 1), (lock, 2)])
        except RuntimeError as fehler:
            print(f'{type(fehler).__name__}: {fehler}')
        for objekt in (Event(), Value('i', 0)):
            try:
                pool.apply(repr, (objekt,))
            except RuntimeError as fehler:
                print(f'{type(objekt).__name__}: {fehler}')

    with Pool(2, initializer=initialisiere, initargs=(lock,)) as pool:
        print(f'Mit initializer: {pool.map(quadrat_mit_geerbtem_lock, [1, 2, 3, 4])}')
