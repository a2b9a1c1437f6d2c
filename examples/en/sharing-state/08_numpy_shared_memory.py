from concurrent.futures import ProcessPoolExecutor
from multiprocessing.shared_memory import SharedMemory

import numpy as np

SHAPE = (4, 3)
DTYPE = np.int64


def square_rows(name, start, stop):
    shm = SharedMemory(name=name)
    try:
        matrix = np.frombuffer(shm.buf, dtype=DTYPE, count=SHAPE[0] * SHAPE[1]).reshape(SHAPE)
        matrix[start:stop] **= 2  # works directly in shared memory
        total = int(matrix[start:stop].sum())
        del matrix  # before close(): the array holds on to the buffer
    finally:
        shm.close()
    return total


if __name__ == '__main__':
    nbytes = SHAPE[0] * SHAPE[1] * np.dtype(DTYPE).itemsize
    shm = SharedMemory(create=True, size=nbytes)
    try:
        matrix = np.frombuffer(shm.buf, dtype=DTYPE, count=SHAPE[0] * SHAPE[1]).reshape(SHAPE)
        matrix[:] = np.arange(12).reshape(SHAPE)
        with ProcessPoolExecutor(max_workers=2) as executor:
            partial_sums = list(executor.map(square_rows, [shm.name] * 2, [0, 2], [2, 4]))
        print(f'Partial sums from the workers: {partial_sums}')
        print(matrix)
        del matrix
    finally:
        shm.close()
        shm.unlink()
