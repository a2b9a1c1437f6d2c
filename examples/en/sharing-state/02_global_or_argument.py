from multiprocessing import Process, Value

COUNTER_GLOBAL = Value('i', 0, lock=False)  # at module level; no lock, see the warning below


def increment(counter_argument):
    COUNTER_GLOBAL.value += 1
    counter_argument.value += 1


if __name__ == '__main__':
    counter_argument = Value('i', 0)
    p = Process(target=increment, args=(counter_argument,))
    p.start()
    p.join()
    print(f'Global Value in the parent:  {COUNTER_GLOBAL.value}')
    print(f'Value passed as an argument: {counter_argument.value}')
