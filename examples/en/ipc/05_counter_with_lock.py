from multiprocessing import Process, Value


def increment(counter, count):
    for _ in range(count):
        with counter.get_lock():  # read, add, write as one step
            counter.value += 1


if __name__ == '__main__':
    counter = Value('i', 0)
    processes = [Process(target=increment, args=(counter, 20_000)) for _ in range(4)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(f'Counter value: {counter.value}')  # Output: Counter value: 80000
