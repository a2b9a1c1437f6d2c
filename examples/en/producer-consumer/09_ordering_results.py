import time
from multiprocessing import Barrier, Process, Queue


def consumer(jobs, results, start):
    start.wait()  # both consumers are running before either takes anything
    for index, number in iter(jobs.get, None):
        if index == 0:
            time.sleep(0.3)  # the first job takes longer
        results.put((index, number * number))


if __name__ == '__main__':
    numbers = [5, 6, 7, 8]
    jobs, results = Queue(), Queue()
    start = Barrier(2)
    consumers = [Process(target=consumer, args=(jobs, results, start)) for _ in range(2)]
    for p in consumers:
        p.start()
    for job in enumerate(numbers):
        jobs.put(job)  # (index, number)
    for _ in consumers:
        jobs.put(None)
    arrived = [results.get() for _ in numbers]  # exactly as many as jobs were sent
    for p in consumers:
        p.join()
    print(f'Order of arrival (indexes): {[index for index, _ in arrived]}')
    print(f'Ordered by index:           {[square for _, square in sorted(arrived)]}')
