import time
from multiprocessing import Event, Process, Queue, Value


def producer(q, started, put_so_far):
    started.set()
    for i in range(10):
        q.put(i)  # blocks while the queue is full
        put_so_far.value = i + 1


def run(q):
    started = Event()
    put_so_far = Value('i', 0)
    p = Process(target=producer, args=(q, started, put_so_far))
    p.start()
    started.wait()
    time.sleep(0.3)  # a slow consumer: nobody takes anything for 0.3 s
    count = put_so_far.value
    received = [q.get() for _ in range(10)]  # get first, then join()
    p.join()
    return count, received


if __name__ == '__main__':
    for name, q in (('no maxsize', Queue()), ('maxsize=2', Queue(maxsize=2))):
        count, received = run(q)
        print(f'{name + ":":<11} after 0.3 s {count:>2} of 10 put, received {received}')
