import functools
import multiprocessing as mp
import pickle
import threading


def square(x):
    return x * x


def power(base, exponent):
    return base**exponent


def make_inner():
    def inner(x):
        return x + 1

    return inner


class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        return self.balance + amount


if __name__ == '__main__':
    with open(__file__, encoding='utf-8') as file:
        candidates = [
            ('top-level function', square),
            ('lambda', lambda x: x * x),
            ('nested function', make_inner()),
            ('functools.partial', functools.partial(power, exponent=2)),
            ('bound method', Account(100).deposit),
            ('open file', file),
            ('threading.Lock', threading.Lock()),
            ('multiprocessing.Lock', mp.Lock()),
        ]
        for name, obj in candidates:
            try:
                pickle.dumps(obj)
            except Exception as error:
                print(f'{name:28} {type(error).__name__}')
            else:
                print(f'{name:28} can be pickled')
