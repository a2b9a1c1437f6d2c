from concurrent.futures import ProcessPoolExecutor
from multiprocessing.shared_memory import SharedMemory

import numpy as np

FORM = (4, 3)
DTYPE = np.int64


def quadriere_zeilen(name, von, bis):
    shm = SharedMemory(name=name)
    try:
        matrix = np.frombuffer(shm.buf, dtype=DTYPE, count=FORM[0] * FORM[1]).reshape(FORM)
        matrix[von:bis] **= 2  # arbeitet direkt im gemeinsamen Speicher
        summe = int(matrix[von:bis].sum())
        del matrix  # vor close(): das Array hält den Puffer fest
    finally:
        shm.close()
    return summe


if __name__ == '__main__':
    anzahl_bytes = FORM[0] * FORM[1] * np.dtype(DTYPE).itemsize
    shm = SharedMemory(create=True, size=anzahl_bytes)
    try:
        matrix = np.frombuffer(shm.buf, dtype=DTYPE, count=FORM[0] * FORM[1]).reshape(FORM)
        matrix[:] = np.arange(12).reshape(FORM)
        with ProcessPoolExecutor(max_workers=2) as executor:
            teilsummen = list(executor.map(quadriere_zeilen, [shm.name] * 2, [0, 2], [2, 4]))
        print(f'Teilsummen der Worker: {teilsummen}')
        print(matrix)
        del matrix
    finally:
        shm.close()
        shm.unlink()
