import concurrent.futures


def choose_executor():
    # InterpreterPoolExecutor exists from Python 3.14; before that the attribute is missing
    cls = getattr(concurrent.futures, 'InterpreterPoolExecutor', None)
    return cls if cls is not None else concurrent.futures.ProcessPoolExecutor


def yes_no(value):
    return 'yes' if value else 'no'


if __name__ == '__main__':
    ranges = [range(0, 1_000_000, step) for step in (1, 2, 3, 4)]

    with choose_executor()(max_workers=2) as executor:
        sums = list(executor.map(sum, ranges))

    print(f'Sums: {sums}')
    print(f'Same as in the main process: {yes_no(sums == [sum(r) for r in ranges])}')
