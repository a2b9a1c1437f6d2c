from multiprocessing import Process, Queue


def worker(q):
    q.put("Hello from a process!")


if __name__ == '__main__':
    q = Queue()
    p = Process(target=worker, args=(q,))
    p.start()
    print(q.get())  # Output: Hello from a process!
    p.join()  # fetch first, then wait
