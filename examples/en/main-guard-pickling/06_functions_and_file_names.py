import functools
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


def power(base, exponent):
    return base**exponent


def count_lines(file_name):
    with open(file_name, encoding='utf-8') as file:  # the worker opens the file itself
        return sum(1 for _ in file)


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as folder:
        file_names = []
        for number in range(1, 4):
            file_name = os.path.join(folder, f'part{number}.txt')
            with open(file_name, 'w', encoding='utf-8') as file:
                file.write('line\n' * number)
            file_names.append(file_name)

        with ProcessPoolExecutor(max_workers=2) as executor:
            square = functools.partial(power, exponent=2)  # instead of lambda x: x**2
            print(f'Squares: {list(executor.map(square, range(5)))}')
            print(f'Lines per file: {list(executor.map(count_lines, file_names))}')
