from concurrent.futures import ProcessPoolExecutor


def divide(a, b):
    return a / b


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        executor.submit(divide, 1, 0)  # ZeroDivisionError in the worker; the future is discarded
    print('The program ends normally, with no message on stderr')
