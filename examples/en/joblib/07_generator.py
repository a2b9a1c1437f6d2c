from multiprocessing import Manager

from joblib import Parallel, delayed


def task(number, go_on):
    if number == 1:
        was_set = go_on.wait(timeout=20)  # waits until the parent process has result 0
        return f'Result 1 (event set: {was_set})'
    return f'Result {number}'


if __name__ == '__main__':
    with Manager() as manager:
        go_on = manager.Event()
        results = Parallel(n_jobs=2, return_as='generator')(delayed(task)(n, go_on) for n in range(2))
        print(f'Type: {type(results).__name__}')
        print(next(results))
        print('Task 1 is still waiting; the parent process sets the event')
        go_on.set()
        print(next(results))
