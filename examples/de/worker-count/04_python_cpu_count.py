import os
import subprocess
import sys

ZEIGE = """
import multiprocessing, os
if __name__ == '__main__':
    with multiprocessing.get_context('spawn').Pool(1) as pool:
        im_worker = pool.apply(os.cpu_count)
    print(os.cpu_count(), os.process_cpu_count(), im_worker)
"""


def starte(argumente, umgebung):
    lauf = subprocess.run([sys.executable, *argumente, '-c', ZEIGE], env=umgebung, capture_output=True, text=True)
    return [int(zahl) for zahl in lauf.stdout.split()]


if __name__ == '__main__':
    cpus_des_rechners = os.cpu_count()
    for name, argumente, umgebung in [
        ('PYTHON_CPU_COUNT=3', [], dict(os.environ, PYTHON_CPU_COUNT='3')),
        ('-X cpu_count=3', ['-X', 'cpu_count=3'], os.environ),
    ]:
        cpu_count, process_cpu_count, im_worker = starte(argumente, umgebung)
        worker = 'wie ohne Vorgabe' if im_worker == cpus_des_rechners else im_worker
        print(f'{name:19} cpu_count={cpu_count}, process_cpu_count={process_cpu_count}, spawn-Worker: {worker}')
