import os
import subprocess
import sys

SHOW = """
import multiprocessing, os
if __name__ == '__main__':
    with multiprocessing.get_context('spawn').Pool(1) as pool:
        in_worker = pool.apply(os.cpu_count)
    print(os.cpu_count(), os.process_cpu_count(), in_worker)
"""


def start(arguments, environment):
    run = subprocess.run([sys.executable, *arguments, '-c', SHOW], env=environment, capture_output=True, text=True)
    return [int(number) for number in run.stdout.split()]


if __name__ == '__main__':
    cpus_of_machine = os.cpu_count()
    for name, arguments, environment in [
        ('PYTHON_CPU_COUNT=3', [], dict(os.environ, PYTHON_CPU_COUNT='3')),
        ('-X cpu_count=3', ['-X', 'cpu_count=3'], os.environ),
    ]:
        cpu_count, process_cpu_count, in_worker = start(arguments, environment)
        worker = 'as without the setting' if in_worker == cpus_of_machine else in_worker
        print(f'{name:19} cpu_count={cpu_count}, process_cpu_count={process_cpu_count}, spawn worker: {worker}')
