import array
import multiprocessing

MIB = 2**20
COUNT = 40 * MIB // 32


def private_memory():
    with open('/proc/self/smaps_rollup') as file:
        return sum(int(line.split()[1]) * 1024 for line in file if line.startswith('Private_'))


def add_up(data, results):
    before = private_memory()
    total = sum(data)
    results.put((total, private_memory() - before))


def in_child(context, data):
    results = context.Queue()
    child = context.Process(target=add_up, args=(data, results))
    child.start()
    total, growth = results.get()
    child.join()
    return total, growth


if __name__ == '__main__':
    context = multiprocessing.get_context('fork')
    numbers = range(1000, 1000 + COUNT)
    total_list, growth_list = in_child(context, list(numbers))
    total_array, growth_array = in_child(context, array.array('q', numbers))
    print(f'Same total: {total_list == total_array == sum(numbers)}')
    print(f'list: private memory grew by more than 20 MiB: {growth_list > 20 * MIB}')
    print(f'array: private memory grew by less than 2 MiB: {growth_array < 2 * MIB}')
