from multiprocessing import Process, Queue


def worker(q):
    q.put('x' * 100_000)  # larger than the pipe's buffer


if __name__ == '__main__':
    q = Queue()
    p = Process(target=worker, args=(q,))
    p.start()
    data = q.get()  # with p.join() before this line, the program would hang here
    p.join()
    print(f'{len(data)} characters received')
