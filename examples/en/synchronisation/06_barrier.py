from multiprocessing import Array, Barrier, Process


def participant(number, barrier, parts, sums):
    parts[number] = (number + 1) ** 2  # phase 1: own partial result
    barrier.wait()  # wait until all three have finished phase 1
    sums[number] = sum(parts[:])  # phase 2: all partial results are there


if __name__ == '__main__':
    barrier = Barrier(3)
    parts = Array('i', 3)
    sums = Array('i', 3)
    processes = [Process(target=participant, args=(i, barrier, parts, sums)) for i in range(3)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(f'Partial results: {parts[:]}')
    print(f'Sum each process saw after the barrier: {sums[:]}')
