import pickle
from concurrent.futures import ProcessPoolExecutor

from joblib import Parallel, delayed

# PicklingError for a lambda; for a local function
# AttributeError up to Python 3.13, PicklingError from 3.14 on (gh-122311; not checked here).
NOT_PICKLABLE = (pickle.PicklingError, AttributeError)


def make_local_function():
    def local(x):
        return x * x

    return local


if __name__ == '__main__':

    def cube(x):  # created only here, like a function from a notebook cell
        return x**3

    tasks = {
        'lambda': lambda x: x + 1,
        'local function': make_local_function(),
        'function from the __main__ block': cube,
    }
    for name, function in tasks.items():
        print(f'joblib, {name}: {Parallel(n_jobs=2)(delayed(function)(x) for x in range(4))}')

    with ProcessPoolExecutor(max_workers=1) as executor:
        for name in ('lambda', 'local function'):
            try:
                executor.submit(tasks[name], 3).result()
            except NOT_PICKLABLE:
                print(f'ProcessPoolExecutor, {name}: cannot be pickled')
