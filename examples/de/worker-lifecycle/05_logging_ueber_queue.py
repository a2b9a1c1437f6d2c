import logging
import logging.handlers
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor


def richte_logging_ein(queue):
    wurzel = logging.getLogger()
    wurzel.handlers[:] = [logging.handlers.QueueHandler(queue)]  # geerbte Handler ersetzen
    wurzel.setLevel(logging.INFO)


def quadrat(x):
    logging.getLogger('worker').info('berechne %d * %d', x, x)
    return x * x


if __name__ == '__main__':
    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format='%(levelname)s %(name)s: %(message)s')
    log = logging.getLogger('haupt')

    queue = multiprocessing.Queue()
    listener = logging.handlers.QueueListener(queue, *logging.getLogger().handlers)
    listener.start()
    log.info('Start')
    # ein Worker: seine Einträge kommen in der Reihenfolge der Aufgaben an
    with ProcessPoolExecutor(max_workers=1, initializer=richte_logging_ein, initargs=(queue,)) as executor:
        ergebnisse = list(executor.map(quadrat, range(3)))
    listener.stop()  # erst nach dem Ende der Worker: alle Einträge sind in der Queue
    log.info('Ergebnisse: %s', ergebnisse)
