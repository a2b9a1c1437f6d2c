import pickle
import threading
from concurrent.futures import ProcessPoolExecutor

executor = None  # set in the __main__ block


def inner():
    return 'inner'


def submit_to_itself():
    result = []

    def attempt():
        try:
            result.append(f'submit() succeeded: {executor.submit(inner).result(timeout=0.5)}')
        except Exception as error:
            result.append(f'{type(error).__name__}: {error}')

    thread = threading.Thread(target=attempt, daemon=True)  # only so that the example ends
    thread.start()
    thread.join(timeout=0.5)
    return result[0] if result else 'submit() does not return'


def receives_executor(other_executor):
    return 'arrived'


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            pickle.dumps(executor)
        except TypeError as error:
            print(f'pickle.dumps(executor): {type(error).__name__}: {error}')
        try:
            executor.submit(receives_executor, executor).result()
        except TypeError as error:
            print(f'Executor as an argument: {type(error).__name__}: {error}')
        print(f'In the worker: {executor.submit(submit_to_itself).result()}')
