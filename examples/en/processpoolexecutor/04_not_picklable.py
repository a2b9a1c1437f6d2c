from concurrent.futures import ProcessPoolExecutor


def compute(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        for task in (lambda x: x * x, compute):
            try:
                print(executor.submit(task, 4).result())
            except Exception as error:
                print(f'{type(error).__name__}: {task.__name__} cannot be transferred')
