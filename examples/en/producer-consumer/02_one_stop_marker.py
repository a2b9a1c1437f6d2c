from multiprocessing import Process, Queue
from multiprocessing.connection import wait


def consumer(jobs):
    while jobs.get() is not None:
        pass  # the job would be processed here


if __name__ == '__main__':
    jobs = Queue()
    consumers = [Process(target=consumer, args=(jobs,)) for _ in range(3)]
    for p in consumers:
        p.start()
    for number in range(6):
        jobs.put(number)
    jobs.put(None)  # only one stop marker for three consumers
    ended = wait([p.sentinel for p in consumers], timeout=5)  # until the first one ends
    for p in consumers:
        if p.sentinel in ended:
            p.join()
    print(f'Ended: {len(ended)}')
    print(f'Waiting forever in get(): {sum(p.is_alive() for p in consumers)}')
    for _ in range(2):
        jobs.put(None)  # the missing stop markers
    for p in consumers:
        p.join()
    print(f'After two more stop markers: exit codes {[p.exitcode for p in consumers]}')
