import multiprocessing
from concurrent.futures import ProcessPoolExecutor

SETTING = 'value from the module'


def read_setting():
    return SETTING


def use(setting):
    return setting


if __name__ == '__main__':
    SETTING = 'changed in the parent'
    ctx = multiprocessing.get_context('spawn')
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as executor:
        print(f'Global variable in the worker: {executor.submit(read_setting).result()}')
        print(f'Passed as an argument:         {executor.submit(use, SETTING).result()}')
