import functools
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


def potenz(basis, exponent):
    return basis**exponent


def zaehle_zeilen(dateiname):
    with open(dateiname, encoding='utf-8') as datei:  # der Worker öffnet die Datei selbst
        return sum(1 for _ in datei)


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as ordner:
        dateinamen = []
        for nummer in range(1, 4):
            dateiname = os.path.join(ordner, f'teil{nummer}.txt')
            with open(dateiname, 'w', encoding='utf-8') as datei:
                datei.write('Zeile\n' * nummer)
            dateinamen.append(dateiname)

        with ProcessPoolExecutor(max_workers=2) as executor:
            quadrat = functools.partial(potenz, exponent=2)  # statt lambda x: x**2
            print(f'Quadrate: {list(executor.map(quadrat, range(5)))}')
            print(f'Zeilen je Datei: {list(executor.map(zaehle_zeilen, dateinamen))}')
