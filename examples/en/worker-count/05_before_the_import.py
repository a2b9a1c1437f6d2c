import os
import subprocess
import sys

ONE_THREAD = {'OMP_NUM_THREADS': '1', 'OPENBLAS_NUM_THREADS': '1', 'MKL_NUM_THREADS': '1'}
SHOW = "print([b['num_threads'] for b in threadpoolctl.threadpool_info() if b['user_api'] == 'blas'])"
BEFORE_THE_IMPORT = 'import threadpoolctl, numpy; ' + SHOW
AFTER_THE_IMPORT = f'import os, threadpoolctl, numpy; os.environ.update({ONE_THREAD!r}); ' + SHOW


def start(code, environment):
    return subprocess.run([sys.executable, '-c', code], env=environment, capture_output=True, text=True).stdout.strip()


if __name__ == '__main__':
    without = {name: value for name, value in os.environ.items() if name not in ONE_THREAD}
    default = start(BEFORE_THE_IMPORT, without)
    print(f'Set before the import: {start(BEFORE_THE_IMPORT, dict(without, **ONE_THREAD))}')
    print(f'Set after the import, same as without the variables: {start(AFTER_THE_IMPORT, without) == default}')
