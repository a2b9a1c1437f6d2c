from concurrent.futures import ProcessPoolExecutor


def divide(a, b):
    if b == 0:
        raise ValueError(f'cannot divide {a} by 0')
    return a / b


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        good = executor.submit(divide, 6, 3)
        bad = executor.submit(divide, 1, 0)

        print(f'Result: {good.result()}')
        try:
            bad.result()
        except ValueError as error:
            print(f'result() raises: {type(error).__name__}: {error}')

        exc = bad.exception()  # waits like result(), but does not raise
        print(f'exception() returns: {exc!r}')
        print(f'exception() on success: {good.exception()}')
