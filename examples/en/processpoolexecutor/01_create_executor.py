from concurrent.futures import ProcessPoolExecutor
from multiprocessing import active_children


def compute(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor() as executor:
        print(f'Workers before the first task: {len(active_children())}')
        # Tasks are submitted here, for example:
        executor.submit(compute, 2).result()
        print(f'Workers running after the first task: {len(active_children()) > 0}')
    print(f'Workers after the with block: {len(active_children())}')
