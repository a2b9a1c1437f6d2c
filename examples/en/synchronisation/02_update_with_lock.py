from multiprocessing import Barrier, Process, Value


def increment(counter, meeting_point):
    meeting_point.wait()  # both start at the same time, outside the lock
    with counter.get_lock():  # read, add, write as one step
        old = counter.value
        counter.value = old + 1


if __name__ == '__main__':
    counter = Value('i', 0)
    meeting_point = Barrier(2)
    processes = [Process(target=increment, args=(counter, meeting_point)) for _ in range(2)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(f'Two increments, expected 2, got {counter.value}')
