from multiprocessing import Process, Queue

NUM_CONSUMERS = 3


def producer(number, jobs):
    for i in range(3):
        jobs.put(number * 10 + i)


def consumer(jobs, results):
    while True:
        number = jobs.get()
        if number is None:  # stop marker: nothing more is coming
            break
        results.put((number, number * number))


if __name__ == '__main__':
    jobs, results = Queue(), Queue()
    producers = [Process(target=producer, args=(n, jobs)) for n in (1, 2)]
    consumers = [Process(target=consumer, args=(jobs, results)) for _ in range(NUM_CONSUMERS)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()  # every job is on the queue
    for _ in consumers:
        jobs.put(None)  # one stop marker per consumer
    pairs = sorted(results.get() for _ in range(6))  # get first ...
    for p in consumers:
        p.join()  # ... then join
    print(pairs)
    print(f'Exit codes of the consumers: {[p.exitcode for p in consumers]}')
