import concurrent.futures
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

results = None  # in the worker: the queue from initargs


def set_up(queue):
    global results
    results = queue


def task_a():
    value = results.get()  # waits for the value from B
    return f'A done with {value}'


def task_b():
    results.put('value from B')
    return 'B done'


if __name__ == '__main__':
    queue = multiprocessing.Queue()
    with ProcessPoolExecutor(max_workers=1, initializer=set_up, initargs=(queue,)) as executor:
        a = executor.submit(task_a)
        b = executor.submit(task_b)
        try:
            a.result(timeout=0.5)
        except concurrent.futures.TimeoutError:
            print('TimeoutError: A waits for B, B waits for the worker that A occupies')
        print(f'B done: {b.done()}, cancel B: {b.cancel()}')
        queue.put('substitute')  # frees A; without this line the with block would wait forever
        print(a.result())
        print(b.result())
