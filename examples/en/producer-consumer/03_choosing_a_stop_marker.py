from multiprocessing import Process, Queue

STOP_OBJECT = object()


class Stop:
    pass


MARKERS = (('object()', STOP_OBJECT), ('None', None), ('class Stop', Stop))


def consumer(q):
    for name, marker in MARKERS:
        received = q.get()  # pickled, through the pipe, unpickled
        print(f'{name:<10}  recognized with is: {received is marker}')


if __name__ == '__main__':
    q = Queue()
    p = Process(target=consumer, args=(q,))
    p.start()
    for _, marker in MARKERS:
        q.put(marker)
    p.join()
