import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Semaphore


def prepare_worker(ready):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # only the parent handles Ctrl-C
    ready.release()  # tells the parent: this worker ignores SIGINT


def task(number):
    time.sleep(0.2)
    return number


if __name__ == '__main__':
    if os.getpgrp() != os.getpid():
        os.setpgrp()  # a process group of its own, so that killpg() hits only this program
    ready = Semaphore(0)
    with ProcessPoolExecutor(max_workers=2, initializer=prepare_worker, initargs=(ready,)) as executor:
        futures = [executor.submit(task, number) for number in range(12)]
        for _ in range(2):
            ready.acquire()  # waits until both workers ignore SIGINT
        try:
            for number, future in enumerate(futures):
                print(f'Result: {future.result()}')
                if number == 1:
                    os.killpg(os.getpgrp(), signal.SIGINT)  # like Ctrl-C: SIGINT to every process in the group
        except KeyboardInterrupt:
            print('KeyboardInterrupt: cancelling the waiting tasks')
            executor.shutdown(wait=True, cancel_futures=True)
    print(f'Last task cancelled: {futures[-1].cancelled()}')
    print('All workers have ended')
