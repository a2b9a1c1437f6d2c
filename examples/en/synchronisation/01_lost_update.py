from multiprocessing import Barrier, Process, Value


def increment(counter, meeting_point):
    old = counter.value  # 1. read
    meeting_point.wait()  # both have read, neither has written
    counter.value = old + 1  # 2. add and 3. write


if __name__ == '__main__':
    counter = Value('i', 0)
    meeting_point = Barrier(2)
    processes = [Process(target=increment, args=(counter, meeting_point)) for _ in range(2)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(f'Two increments, expected 2, got {counter.value}')
