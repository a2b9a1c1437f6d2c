import faulthandler
import os
import re
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

log_file = None  # in the worker: the open file for faulthandler


def open_log(filename):
    global log_file
    log_file = open(filename, 'w', encoding='utf-8')  # stays open: faulthandler writes into it later


def wait_for_answer():
    time.sleep(10)  # stands for a wait that never ends


def task():
    faulthandler.dump_traceback_later(0.5, exit=True, file=log_file)  # this task's watchdog
    try:
        wait_for_answer()
    finally:
        faulthandler.cancel_dump_traceback_later()  # finished in time: cancel the watchdog


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as folder:
        filename = os.path.join(folder, 'worker-stack.txt')
        with ProcessPoolExecutor(max_workers=1, initializer=open_log, initargs=(filename,)) as executor:
            try:
                executor.submit(task).result()
            except BrokenProcessPool as error:
                print(f'{type(error).__name__}: the watchdog ended the worker')
        with open(filename, encoding='utf-8') as file:
            text = file.read()
    functions = re.findall(r'line \d+ in (\S+)', text)
    print(f'First line: {text.splitlines()[0]}')
    print(f'Functions, innermost first: {functions[:3]}')
