import logging
import logging.handlers
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor


def set_up_logging(queue):
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(queue)]  # replace inherited handlers
    root.setLevel(logging.INFO)


def square(x):
    logging.getLogger('worker').info('computing %d * %d', x, x)
    return x * x


if __name__ == '__main__':
    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format='%(levelname)s %(name)s: %(message)s')
    log = logging.getLogger('main')

    queue = multiprocessing.Queue()
    listener = logging.handlers.QueueListener(queue, *logging.getLogger().handlers)
    listener.start()
    log.info('Start')
    # one worker: its records arrive in the order of the tasks
    with ProcessPoolExecutor(max_workers=1, initializer=set_up_logging, initargs=(queue,)) as executor:
        results = list(executor.map(square, range(3)))
    listener.stop()  # only after the workers have ended: every record is in the queue
    log.info('Results: %s', results)
