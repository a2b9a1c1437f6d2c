import traceback
from multiprocessing import Process, Queue


def compute(x):
    if x < 0:
        raise ValueError(f'{x} is negative')
    return x * 2


def with_report(queue, target, *args):
    try:
        queue.put(('ok', target(*args)))
    except Exception as error:
        queue.put(('error', error, traceback.format_exc()))


class RemoteTraceback(Exception):
    """Carries the traceback from the child process as text."""


def result(x):
    queue = Queue()
    p = Process(target=with_report, args=(queue, compute, x))
    p.start()
    kind, *content = queue.get()  # fetch first, then join()
    p.join()
    print(f'x={x}: exitcode {p.exitcode}, report {kind!r}')
    if kind == 'error':
        error, text = content
        print(f'  Traceback object after unpickling: {error.__traceback__}')
        raise error from RemoteTraceback(text)  # like ProcessPoolExecutor: __cause__ carries the text
    return content[0]


if __name__ == '__main__':
    print(f'Result: {result(21)}')
    try:
        result(-1)
    except ValueError as error:
        chain = ''.join(traceback.format_exception(type(error), error, error.__traceback__))
        print(f'In the parent process: {type(error).__name__}: {error}')
        print(f"  The chain names the line in compute: {'in compute' in chain}")
