from multiprocessing import BoundedSemaphore, Lock, Process, Semaphore, Value


def work(slots, counter_lock, active, maximum, finished):
    with slots:  # at most 2 processes at a time in this block
        with counter_lock:
            active.value += 1
            maximum.value = max(maximum.value, active.value)
        sum(range(100_000))  # stands in for the limited work
        with counter_lock:
            active.value -= 1
            finished.value += 1


if __name__ == '__main__':
    slots = Semaphore(2)
    counter_lock = Lock()
    active = Value('i', 0, lock=False)
    maximum = Value('i', 0, lock=False)
    finished = Value('i', 0, lock=False)
    args = (slots, counter_lock, active, maximum, finished)
    processes = [Process(target=work, args=args) for _ in range(5)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(f'Finished processes: {finished.value}')
    print(f'At most 2 at a time: {maximum.value <= 2}')

    bounded = BoundedSemaphore(2)
    try:
        bounded.release()  # without a prior acquire()
    except ValueError as error:
        print(f'BoundedSemaphore: ValueError: {error}')
