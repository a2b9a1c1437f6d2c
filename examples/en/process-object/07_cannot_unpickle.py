import traceback
from multiprocessing import Process, Queue


class LimitError(Exception):
    def __init__(self, value, limit):
        super().__init__(f'{value} > {limit}')  # args holds only the message


def check(queue):
    try:
        raise LimitError(11, 10)
    except Exception as error:
        queue.put((type(error).__name__, str(error), traceback.format_exc()))  # strings only
        queue.put(error)  # the object itself: in the child process it pickles fine


if __name__ == '__main__':
    queue = Queue()
    p = Process(target=check, args=(queue,))
    p.start()
    name, message, text = queue.get()
    print(f"As strings: {name}: {message}, traceback names check: {'in check' in text}")
    try:
        queue.get()
    except TypeError as error:
        print(f'As an object: get() raises {type(error).__name__}')
        print(f"  The message names the missing argument 'limit': {'limit' in str(error)}")
    p.join()
    print(f'exitcode {p.exitcode}')
