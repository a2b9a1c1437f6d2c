import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

counter = None  # in the worker: the shared counter, set by set_up()


def set_up(shared_counter):
    global counter
    counter = shared_counter


def count(shared_counter):
    with shared_counter.get_lock():
        shared_counter.value += 1


def process_file(number):  # a task in the pool
    count(counter)
    return number


def process_files(shared_counter, amount):  # target function of a Process
    for _ in range(amount):
        count(shared_counter)


if __name__ == '__main__':
    done = mp.Value('i', 0)

    # 1. Process: the counter as an argument when the process starts
    processes = [mp.Process(target=process_files, args=(done, 50)) for _ in range(2)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(f'After two processes: {done.value} done')

    # 2. pool: every worker receives the counter once when it starts
    with ProcessPoolExecutor(max_workers=2, initializer=set_up, initargs=(done,)) as executor:
        list(executor.map(process_file, range(100)))
    print(f'After the pool: {done.value} done')

    # 3. wrong: the counter as the argument of a single task
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(count, done).result()
        except RuntimeError as error:
            print(f'{type(error).__name__}: {error}')
