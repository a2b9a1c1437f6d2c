from multiprocessing import Event, Lock, Pool, Value

inherited_lock = None


def initialize(lock):
    global inherited_lock
    inherited_lock = lock  # once per worker, at startup


def square_with_argument(pair):
    lock, number = pair
    with lock:
        return number * number


def square_with_inherited_lock(number):
    with inherited_lock:
        return number * number


if __name__ == '__main__':
    lock = Lock()

    with Pool(2) as pool:
        try:
            pool.map(square_with_argument, [(lock, 1), (lock, 2)])
        except RuntimeError as error:
            print(f'{type(error).__name__}: {error}')
        for obj in (Event(), Value('i', 0)):
            try:
                pool.apply(repr, (obj,))
            except RuntimeError as error:
                print(f'{type(obj).__name__}: {error}')

    with Pool(2, initializer=initialize, initargs=(lock,)) as pool:
        print(f'With initializer: {pool.map(square_with_inherited_lock, [1, 2, 3, 4])}')
