import pickle
from concurrent.futures import ProcessPoolExecutor
from functools import partial

# What pickle raises depends on the version: PicklingError for a lambda;
# for a local function AttributeError up to Python 3.13, PicklingError from Python 3.14 on.
NOT_PICKLABLE = (pickle.PicklingError, AttributeError)


def compute(x):
    return x * x


def power(x, exponent):
    return x ** exponent


def make_local_function():
    def local(x):
        return x * x

    return local


if __name__ == '__main__':
    tasks = {
        'compute': compute,
        'partial(power, exponent=2)': partial(power, exponent=2),
        'lambda': lambda x: x * x,
        'local function': make_local_function(),
    }
    with ProcessPoolExecutor() as executor:
        for name, task in tasks.items():
            future = executor.submit(task, 4)
            try:
                print(f'{name}: {future.result()}')
            except NOT_PICKLABLE:
                print(f'{name}: cannot be pickled')
