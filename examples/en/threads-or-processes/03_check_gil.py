import sys
import sysconfig
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_primes(limit):
    count = 0
    for number in range(2, limit):
        divisor = 2
        while divisor * divisor <= number:
            if number % divisor == 0:
                break
            divisor += 1
        else:
            count += 1
    return count


def yes_no(value):
    return 'yes' if value else 'no'


if __name__ == '__main__':
    free_threaded_build = sysconfig.get_config_var('Py_GIL_DISABLED') == 1  # recommended for the build
    gil_active = True  # the usual build always has a GIL
    if free_threaded_build:
        gil_active = sys._is_gil_enabled()  # Python 3.13 or newer; an extension module can switch it on

    print(f'Free-threaded build: {yes_no(free_threaded_build)}')
    print(f'GIL active:          {yes_no(gil_active)}')

    executor_class = ProcessPoolExecutor if gil_active else ThreadPoolExecutor
    print(f'For computing work: {executor_class.__name__}')
    with executor_class(max_workers=2) as executor:
        print(f'Primes below 5000 and 10000: {list(executor.map(count_primes, [5_000, 10_000]))}')
