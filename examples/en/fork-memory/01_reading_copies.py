import multiprocessing

MIB = 2**20
SIZE = 40 * MIB


def private_memory():
    """Pages only this process has, in bytes (Linux)."""
    with open('/proc/self/smaps_rollup') as file:
        return sum(int(line.split()[1]) * 1024 for line in file if line.startswith('Private_'))


def read_bytes(data, results):
    before = private_memory()
    data.count(b'\xff')  # reads every byte
    results.put(private_memory() - before)


def read_list(data, results):
    before = private_memory()
    for _ in data:  # only reads, but briefly takes a reference to each element
        pass
    results.put(private_memory() - before)


def growth_in_child(context, target, data):
    results = context.Queue()
    child = context.Process(target=target, args=(data, results))
    child.start()
    growth = results.get()
    child.join()
    return growth


if __name__ == '__main__':
    context = multiprocessing.get_context('fork')
    as_bytes = bytes(range(256)) * (SIZE // 256)
    as_list = list(range(1000, 1000 + SIZE // 32))  # an int object takes 32 bytes here
    growth_bytes = growth_in_child(context, read_bytes, as_bytes)
    growth_list = growth_in_child(context, read_list, as_list)
    print(f'bytes read: private memory grew by less than 5 % of the data: {growth_bytes < SIZE / 20}')
    print(f'list read: private memory grew by more than half the data: {growth_list > SIZE / 2}')
