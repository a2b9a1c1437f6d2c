import time
from multiprocessing import JoinableQueue, Process, Value


def consumer(jobs, done):
    while jobs.get() is not None:
        time.sleep(0.05)  # the actual work
        with done.get_lock():
            done.value += 1
        jobs.task_done()  # only after the work
    jobs.task_done()  # for the stop marker too


if __name__ == '__main__':
    jobs = JoinableQueue()
    done = Value('i', 0)
    consumers = [Process(target=consumer, args=(jobs, done)) for _ in range(2)]
    for p in consumers:
        p.start()
    for round_number in (1, 2):
        for number in range(4):
            jobs.put(number)
        jobs.join()  # until task_done() came for every job
        print(f'Round {round_number}: join() returns, done: {done.value}')
    for _ in consumers:
        jobs.put(None)
    jobs.join()
    for p in consumers:
        p.join()
    print(f'Exit codes: {[p.exitcode for p in consumers]}')
