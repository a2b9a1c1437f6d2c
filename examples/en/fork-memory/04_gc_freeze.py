import gc
import multiprocessing


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def private_memory():
    with open('/proc/self/smaps_rollup') as file:
        return sum(int(line.split()[1]) * 1024 for line in file if line.startswith('Private_'))


def collect(results):
    before = private_memory()
    gc.enable()  # early in the child process
    gc.collect()  # a full collection, as one would come by itself sooner or later
    results.put(private_memory() - before)


def growth_in_child(context):
    results = context.Queue()
    child = context.Process(target=collect, args=(results,))
    child.start()
    growth = results.get()
    child.join()
    return growth


if __name__ == '__main__':
    gc.disable()  # early in the parent process
    context = multiprocessing.get_context('fork')
    before = private_memory()
    points = [Point(i % 100, i % 7) for i in range(400_000)]
    size = private_memory() - before

    without_freeze = growth_in_child(context)
    gc.freeze()  # right before fork()
    with_freeze = growth_in_child(context)
    print(f'Points frozen: at least 400000: {gc.get_freeze_count() >= 400_000}')
    print(f'Without gc.freeze(): private memory grew by more than half the size: {without_freeze > size / 2}')
    print(f'With gc.freeze(): private memory grew by less than 5 % of the size: {with_freeze < size / 20}')
