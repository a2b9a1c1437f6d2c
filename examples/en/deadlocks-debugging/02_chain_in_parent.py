from concurrent.futures import ProcessPoolExecutor


def task_a(value_from_b):
    return f'A done with {value_from_b}'


def task_b():
    return 'value from B'


def wait_for(future):
    return future.result()


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        b = executor.submit(task_b)
        try:
            executor.submit(wait_for, b).result()
        except TypeError as error:
            print(f'Future as an argument: {type(error).__name__}: {error}')
        a = executor.submit(task_a, b.result())  # the chain lives in the parent process
        print(a.result())
