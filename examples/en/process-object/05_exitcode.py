import os
import sys
import tempfile
from multiprocessing import Process


def returns():
    pass


def raises():
    raise ValueError('reading missing')


def exit_3():
    sys.exit(3)


def exit_text():
    sys.exit('configuration missing')


def exit_256():
    sys.exit(256)


def stderr_to_file(path, target):
    sys.stderr = open(path, 'w', encoding='utf-8')  # only in this child process
    target()


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as folder:
        targets = (returns, raises, exit_3, exit_text, exit_256)
        processes = [Process(target=stderr_to_file, args=(os.path.join(folder, t.__name__), t)) for t in targets]
        for p in processes:
            p.start()
        for target, p in zip(targets, processes):
            p.join()
            with open(os.path.join(folder, target.__name__), encoding='utf-8') as file:
                lines = file.read().splitlines()
            if not lines:
                stderr = '(empty)'
            elif len(lines) == 1:
                stderr = repr(lines[0])
            else:
                stderr = f'{lines[0]!r} ... {lines[-1]!r}'
            print(f'{target.__name__:9} exitcode={p.exitcode}, stderr: {stderr}')
