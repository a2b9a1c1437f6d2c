import traceback
from concurrent.futures import ProcessPoolExecutor


def check(reading):
    if reading < 0:
        raise ValueError(f'reading {reading} is negative')
    return reading


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(check, -1).result()
        except ValueError as error:
            cause = error.__cause__
            parent = ''.join(traceback.format_tb(error.__traceback__))
            full = ''.join(traceback.format_exception(type(error), error, error.__traceback__))
            print(f'Message: {error}')
            print(f'Type of __cause__: {type(cause).__name__}')
            print(f"Traceback in the parent process names check: {'in check' in parent}")
            print(f"__cause__ names check: {'in check' in str(cause)}")
            print(f"format_exception() names check: {'in check' in full}")
