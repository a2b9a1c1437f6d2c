import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager


def task(number, started=None):
    if started is not None:
        started.set()  # tells the parent: task 0 is running in the worker
        time.sleep(0.5)
    return number


if __name__ == '__main__':
    with Manager() as manager:
        started = manager.Event()
        executor = ProcessPoolExecutor(max_workers=1)
        futures = [executor.submit(task, 0, started)]
        started.wait()
        futures += [executor.submit(task, number) for number in range(1, 6)]
        while not futures[2].running():  # waits until the executor has handed over task 2
            time.sleep(0.01)
        print(f'Reported as running: {[n for n, f in enumerate(futures) if f.running()]}')
        executor.shutdown(wait=True, cancel_futures=True)
    print(f'Ran: {[f.result() for f in futures if not f.cancelled()]}')
    print(f'Cancelled: {[n for n, f in enumerate(futures) if f.cancelled()]}')
