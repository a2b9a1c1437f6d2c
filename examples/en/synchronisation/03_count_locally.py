from multiprocessing import Process, Value


def one_by_one(counter, numbers):
    for number in numbers:
        if number % 7 == 0:
            with counter.get_lock():  # lock on every hit
                counter.value += 1


def collected(counter, numbers):
    hits = sum(1 for number in numbers if number % 7 == 0)  # local, no lock
    with counter.get_lock():  # lock once per process
        counter.value += hits


def count(function):
    counter = Value('i', 0)
    parts = [range(i * 20_000, (i + 1) * 20_000) for i in range(4)]
    processes = [Process(target=function, args=(counter, part)) for part in parts]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    return counter.value


if __name__ == '__main__':
    print(f'lock on every hit:   {count(one_by_one)}')
    print(f'local, lock once:    {count(collected)}')
    print(f'expected:            {len(range(0, 80_000, 7))}')
