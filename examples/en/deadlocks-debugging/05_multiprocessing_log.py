import logging
import multiprocessing
import sys
import time


def only_start_and_end(record):
    return record.getMessage().startswith(('child process calling', 'process exiting'))


# at the top level: a child under spawn sets up the handler itself when it loads the script
logger = multiprocessing.get_logger()
if not logger.handlers:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    handler.addFilter(only_start_and_end)
    logger.addHandler(handler)
logger.setLevel(logging.INFO)


def short():
    pass


def hangs(started):
    started.set()
    time.sleep(10)  # stands for a wait that never ends


if __name__ == '__main__':
    p = multiprocessing.Process(target=short, name='Short')
    p.start()
    p.join()
    print(f'Short: exitcode={p.exitcode}')

    started = multiprocessing.Event()
    p = multiprocessing.Process(target=hangs, args=(started,), name='Hangs')
    p.start()
    started.wait()  # only once hangs() runs: then its first line is already in the log
    p.join(timeout=0.5)
    print(f'Hangs after join(timeout=0.5): is_alive={p.is_alive()}')
    p.terminate()
    p.join()
    print(f'Hangs: exitcode={p.exitcode}')
