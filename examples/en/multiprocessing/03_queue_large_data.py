from multiprocessing import Process, Queue


def worker(q):
    q.put('x' * 100_000)  # larger than the pipe's buffer


if __name__ == '__main__':
    q = Queue()
    p = Process(target=worker, args=(q,))
    p.start()
    p.join(timeout=0.5)  # wait first, as in the original tutorial, but only for half a second
    print(f'After join(timeout=0.5) the child is still running: {p.is_alive()}')
    data = q.get()  # only fetching the data lets the child finish
    p.join()
    print(f'{len(data)} characters received, exit code of the child: {p.exitcode}')
