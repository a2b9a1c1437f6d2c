from multiprocessing.shared_memory import SharedMemory

import numpy as np

if __name__ == '__main__':
    shm = SharedMemory(create=True, size=4 * 8)
    try:
        werte = np.frombuffer(shm.buf, dtype=np.int64, count=4)
        werte[:] = [1, 2, 3, 4]
        try:
            shm.close()
        except BufferError as fehler:
            print(f'np.frombuffer, close() bei lebendem Array: {type(fehler).__name__}: {fehler}')
        del werte
        shm.close()
        print('np.frombuffer, close() nach del werte: geschlossen')

        zweite = SharedMemory(name=shm.name)
        roh = np.ndarray((4,), dtype=np.int64, buffer=zweite.buf)
        zweite.close()  # kein Fehler – roh zeigt jetzt auf freigegebenen Speicher
        print('np.ndarray(buffer=...), close() bei lebendem Array: kein Fehler')
        del roh  # nie mehr lesen oder schreiben
    finally:
        shm.close()  # ein zweites close() schadet nicht
        shm.unlink()
