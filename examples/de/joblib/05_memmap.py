import os
import tempfile

import numpy as np
from joblib import Parallel, delayed


def untersuche(array, ordner):
    try:
        array[0] = 1.0
        schreiben = 'möglich'
    except ValueError as fehler:
        schreiben = f'{type(fehler).__name__}: {fehler}'
    im_ordner = getattr(array, 'filename', None) is not None and array.filename.startswith(ordner)
    return f'{type(array).__name__}, {array.nbytes} Bytes, Datei im temp_folder: {im_ordner}, schreiben: {schreiben}'


if __name__ == '__main__':
    klein = np.zeros(1_000)  # 8 000 Bytes, unter max_nbytes
    gross = np.zeros(200_000)  # 1 600 000 Bytes, über max_nbytes='1M' (1 048 576 Bytes)
    with tempfile.TemporaryDirectory() as ordner:
        for zeile in Parallel(n_jobs=2, temp_folder=ordner)(delayed(untersuche)(a, ordner) for a in (klein, gross)):
            print(zeile)
        print(f'Dateien im temp_folder nach dem Aufruf: {os.listdir(ordner)}')
    print(f'Array im Elternprozess unverändert: {klein[0] == 0.0 and gross[0] == 0.0}')
