import os
import tempfile

import numpy as np
from joblib import Parallel, delayed


def fuelle(array, start, ende):
    array[start:ende] = 1.0  # jede Aufgabe schreibt nur ihren eigenen Abschnitt


if __name__ == '__main__':
    haelften = ((0, 100_000), (100_000, 200_000))
    eingabe = np.zeros(200_000)
    Parallel(n_jobs=2, mmap_mode='r+')(delayed(fuelle)(eingabe, start, ende) for start, ende in haelften)
    print(f"mmap_mode='r+', Summe im Elternprozess: {eingabe.sum()}")

    with tempfile.TemporaryDirectory() as ordner:
        ergebnis = np.memmap(os.path.join(ordner, 'ergebnis.dat'), dtype=np.float64, mode='w+', shape=(200_000,))
        Parallel(n_jobs=2)(delayed(fuelle)(ergebnis, start, ende) for start, ende in haelften)
        print(f"eigenes memmap mit mode='w+', Summe im Elternprozess: {ergebnis.sum()}")
        del ergebnis  # schließt die Datei, bevor der Ordner gelöscht wird
