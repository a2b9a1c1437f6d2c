import concurrent.futures
import faulthandler
import multiprocessing
import os
import re
import signal
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor

log_file = None  # in the worker: the open file for faulthandler
arrived = release = None  # in the worker: the two events from initargs


def set_up_worker(filename, arrived_event, release_event):
    global log_file, arrived, release
    arrived, release = arrived_event, release_event
    log_file = open(filename, 'w', encoding='utf-8')
    faulthandler.register(signal.SIGUSR1, file=log_file)  # SIGUSR1: write the stack into the file


def wait_for_release():
    arrived.set()
    while not release.is_set():  # stands for a wait that does not end
        time.sleep(0.01)


def task():
    wait_for_release()
    return 'done'


def read_functions(filename):
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # the worker writes while the parent process already reads
        with open(filename, encoding='utf-8') as file:
            text = file.read()
        if 'in <module>' in text:
            break
        time.sleep(0.01)
    functions = re.findall(r'line \d+ in (\S+)', text)
    # if the signal hits the worker inside release.is_set(), that method's calls come first
    return functions[functions.index('wait_for_release'):]


if __name__ == '__main__':
    arrived_event, release_event = multiprocessing.Event(), multiprocessing.Event()
    with tempfile.TemporaryDirectory() as folder:
        filename = os.path.join(folder, 'worker-stack.txt')
        initargs = (filename, arrived_event, release_event)
        with ProcessPoolExecutor(max_workers=1, initializer=set_up_worker, initargs=initargs) as executor:
            future = executor.submit(task)
            arrived_event.wait()
            try:
                future.result(timeout=0.3)
            except concurrent.futures.TimeoutError:
                print('TimeoutError: the task hangs')
            for child in multiprocessing.active_children():
                os.kill(child.pid, signal.SIGUSR1)
            print(f'Functions, innermost first: {read_functions(filename)[:3]}')
            release_event.set()
            print(f'Afterwards: {future.result()}')
