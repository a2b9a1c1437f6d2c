import multiprocessing
import queue
from multiprocessing import Queue

if __name__ == '__main__':
    q = Queue(maxsize=2)
    try:
        q.get(timeout=0.2)
    except queue.Empty:
        print('get(timeout=0.2) on an empty queue: queue.Empty')
    q.put('a')
    q.put('b')
    try:
        q.put('c', timeout=0.2)
    except queue.Full:
        print('put(timeout=0.2) with maxsize=2: queue.Full')
    print(f'Got: {q.get()}, {q.get()}')
    print(f'multiprocessing.Empty exists: {hasattr(multiprocessing, "Empty")}')
