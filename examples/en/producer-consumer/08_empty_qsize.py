import time
from multiprocessing import Queue


class SlowToPickle:
    def __reduce__(self):
        time.sleep(0.3)  # like a large object: pickling takes a while
        return (SlowToPickle, ())


def size(q):
    try:
        return q.qsize()
    except NotImplementedError:  # macOS: no sem_getvalue()
        return 'not available'


if __name__ == '__main__':
    q = Queue(maxsize=1)
    q.put(SlowToPickle())
    print(f'right after put(): empty()={q.empty()}, full()={q.full()}, qsize()={size(q)}')
    q.get()
    print(f'after get():       empty()={q.empty()}, full()={q.full()}, qsize()={size(q)}')
