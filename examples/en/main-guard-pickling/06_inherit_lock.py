import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

lock = None
account = None


def set_up_worker(shared_lock, shared_value):
    global lock, account
    lock, account = shared_lock, shared_value


def book(count):
    for _ in range(count):
        with lock:
            account.value += 1
    return count


def book_in_process(shared_lock, shared_value, count):
    set_up_worker(shared_lock, shared_value)
    book(count)


if __name__ == '__main__':
    shared_lock = mp.Lock()
    shared_value = mp.RawValue('i', 0)  # without a lock of its own; shared_lock provides it

    # 1. inheritance: the lock as an argument when the process is created
    arguments = (shared_lock, shared_value, 10_000)
    processes = [mp.Process(target=book_in_process, args=arguments) for _ in range(2)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(f'After two processes: {shared_value.value}')

    # 2. initializer: every worker receives the lock once when it starts
    with ProcessPoolExecutor(
        max_workers=2, initializer=set_up_worker, initargs=(shared_lock, shared_value)
    ) as executor:
        booked = sum(executor.map(book, [5_000] * 4))
    print(f'The pool booked {booked}, balance: {shared_value.value}')

    # 3. wrong: the lock as the argument of a single task
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(book_in_process, shared_lock, shared_value, 10).result()
        except RuntimeError as error:
            print(f'{type(error).__name__}: {error}')
