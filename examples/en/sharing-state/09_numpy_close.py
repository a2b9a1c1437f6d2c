from multiprocessing.shared_memory import SharedMemory

import numpy as np

if __name__ == '__main__':
    shm = SharedMemory(create=True, size=4 * 8)
    try:
        values = np.frombuffer(shm.buf, dtype=np.int64, count=4)
        values[:] = [1, 2, 3, 4]
        try:
            shm.close()
        except BufferError as error:
            print(f'np.frombuffer, close() with a live array: {type(error).__name__}: {error}')
        del values
        shm.close()
        print('np.frombuffer, close() after del values: closed')

        second = SharedMemory(name=shm.name)
        raw = np.ndarray((4,), dtype=np.int64, buffer=second.buf)
        second.close()  # no error – raw now points to freed memory
        print('np.ndarray(buffer=...), close() with a live array: no error')
        del raw  # never read or write it again
    finally:
        shm.close()  # a second close() does no harm
        shm.unlink()
