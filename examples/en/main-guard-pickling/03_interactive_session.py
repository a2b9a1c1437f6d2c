import os
import subprocess
import sys
import tempfile

# as in the REPL or a notebook: square() is created in __main__, there is no file
INTERACTIVE = '''
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

def square(x):
    return x * x

with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context('spawn')) as executor:
    try:
        print(list(executor.map(square, range(4))))
    except Exception as error:
        print(type(error).__name__)
'''

# the fix: the same function in tasks.py, only imported in the notebook
WITH_MODULE = '''
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

from tasks import square

with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context('spawn')) as executor:
    print(list(executor.map(square, range(4))))
'''

MESSAGE = "Can't get attribute 'square'"


def session(code, folder):
    command = [sys.executable, '-c', code]
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=20)


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as folder:
        result = session(INTERACTIVE, folder)
        print(f'Defined interactively: {result.stdout.strip()}')
        print(f'Error stream contains {MESSAGE!r}: {MESSAGE in result.stderr}')

        with open(os.path.join(folder, 'tasks.py'), 'w', encoding='utf-8') as file:
            file.write('def square(x):\n    return x * x\n')
        result = session(WITH_MODULE, folder)
        print(f'Imported from tasks.py: {result.stdout.strip()}')
