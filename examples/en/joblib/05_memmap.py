import os
import tempfile

import numpy as np
from joblib import Parallel, delayed


def inspect(array, folder):
    try:
        array[0] = 1.0
        writing = 'possible'
    except ValueError as error:
        writing = f'{type(error).__name__}: {error}'
    in_folder = getattr(array, 'filename', None) is not None and array.filename.startswith(folder)
    return f'{type(array).__name__}, {array.nbytes} bytes, file in temp_folder: {in_folder}, writing: {writing}'


if __name__ == '__main__':
    small = np.zeros(1_000)  # 8,000 bytes, below max_nbytes
    large = np.zeros(200_000)  # 1,600,000 bytes, above max_nbytes='1M' (1,048,576 bytes)
    with tempfile.TemporaryDirectory() as folder:
        for line in Parallel(n_jobs=2, temp_folder=folder)(delayed(inspect)(a, folder) for a in (small, large)):
            print(line)
        print(f'Files in temp_folder after the call: {os.listdir(folder)}')
    print(f'Array in the parent process unchanged: {small[0] == 0.0 and large[0] == 0.0}')
