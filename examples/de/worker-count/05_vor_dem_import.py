import os
import subprocess
import sys

EIN_THREAD = {'OMP_NUM_THREADS': '1', 'OPENBLAS_NUM_THREADS': '1', 'MKL_NUM_THREADS': '1'}
ZEIGE = "print([b['num_threads'] for b in threadpoolctl.threadpool_info() if b['user_api'] == 'blas'])"
VOR_DEM_IMPORT = 'import threadpoolctl, numpy; ' + ZEIGE
NACH_DEM_IMPORT = f'import os, threadpoolctl, numpy; os.environ.update({EIN_THREAD!r}); ' + ZEIGE


def starte(code, umgebung):
    return subprocess.run([sys.executable, '-c', code], env=umgebung, capture_output=True, text=True).stdout.strip()


if __name__ == '__main__':
    ohne = {name: wert for name, wert in os.environ.items() if name not in EIN_THREAD}
    voreinstellung = starte(VOR_DEM_IMPORT, ohne)
    print(f'Vor dem Import gesetzt: {starte(VOR_DEM_IMPORT, dict(ohne, **EIN_THREAD))}')
    print(f'Nach dem Import gesetzt, wie ohne die Variablen: {starte(NACH_DEM_IMPORT, ohne) == voreinstellung}')
