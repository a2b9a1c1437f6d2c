import os
import tempfile

import numpy as np
from joblib import Parallel, delayed


def fill(array, start, end):
    array[start:end] = 1.0  # each task writes only its own section


if __name__ == '__main__':
    halves = ((0, 100_000), (100_000, 200_000))
    inputs = np.zeros(200_000)
    Parallel(n_jobs=2, mmap_mode='r+')(delayed(fill)(inputs, start, end) for start, end in halves)
    print(f"mmap_mode='r+', sum in the parent process: {inputs.sum()}")

    with tempfile.TemporaryDirectory() as folder:
        result = np.memmap(os.path.join(folder, 'result.dat'), dtype=np.float64, mode='w+', shape=(200_000,))
        Parallel(n_jobs=2)(delayed(fill)(result, start, end) for start, end in halves)
        print(f"own memmap with mode='w+', sum in the parent process: {result.sum()}")
        del result  # closes the file before the folder is deleted
