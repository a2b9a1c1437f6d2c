import multiprocessing
import queue
from multiprocessing import Queue

if __name__ == '__main__':
    q = Queue(maxsize=2)
    try:
        q.get(timeout=0.2)
    except queue.Empty:
        print('get(timeout=0.2) auf leerer Queue: queue.Empty')
    q.put('a')
    q.put('b')
    try:
        q.put('c', timeout=0.2)
    except queue.Full:
        print('put(timeout=0.2) bei maxsize=2: queue.Full')
    print(f'Abgeholt: {q.get()}, {q.get()}')
    print(f'multiprocessing.Empty vorhanden: {hasattr(multiprocessing, "Empty")}')
