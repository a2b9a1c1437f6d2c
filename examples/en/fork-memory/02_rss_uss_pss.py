import multiprocessing

import psutil

MIB = 2**20
SIZE = 40 * MIB


def read_list(data, results):
    process = psutil.Process()
    before = process.memory_full_info()
    for _ in data:
        pass
    after = process.memory_full_info()
    results.put((before, after))


if __name__ == '__main__':
    context = multiprocessing.get_context('fork')
    numbers = list(range(1000, 1000 + SIZE // 32))
    results = context.Queue()
    child = context.Process(target=read_list, args=(numbers, results))
    child.start()
    before, after = results.get()
    child.join()
    print(f'After fork(): the child RSS includes the shared list: {before.rss > SIZE}')
    print(f'After fork(): the child USS is below 10 % of the list: {before.uss < SIZE / 10}')
    print(f'After fork(): USS < PSS < RSS: {before.uss < before.pss < before.rss}')
    print(f'After reading: USS grew by more than half the list: {after.uss - before.uss > SIZE / 2}')
    print(f'After reading: RSS grew by less than 10 % of the list: {after.rss - before.rss < SIZE / 10}')
