from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


class MeasurementError(Exception):
    def __init__(self, value, limit):
        super().__init__(f'{value} > {limit}')  # args holds only the message


class LimitError(Exception):
    def __init__(self, value, limit):
        super().__init__(value, limit)  # args holds both arguments
        self.value = value
        self.limit = limit

    def __str__(self):
        return f'{self.value} > {self.limit}'


def check(cls, value):
    raise cls(value, 10)


if __name__ == '__main__':
    for cls in (MeasurementError, LimitError):
        with ProcessPoolExecutor(max_workers=1) as executor:
            try:
                executor.submit(check, cls, 11).result()
            except BrokenProcessPool as error:
                print(f'{cls.__name__}: {type(error).__name__}')
                print(f"  __cause__ names TypeError: {'TypeError' in str(error.__cause__)}")
            except cls as error:
                print(f'{cls.__name__}: {type(error).__name__}: {error}, args={error.args}')
