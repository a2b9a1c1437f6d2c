import traceback
from concurrent.futures import ProcessPoolExecutor


def pruefe(messwert):
    if messwert < 0:
        raise ValueError(f'Messwert {messwert} ist negativ')
    return messwert


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(pruefe, -1).result()
        except ValueError as fehler:
            ursache = fehler.__cause__
            eltern = ''.join(traceback.format_tb(fehler.__traceback__))
            alles = ''.join(traceback.format_exception(type(fehler), fehler, fehler.__traceback__))
            print(f'Meldung: {fehler}')
            print(f'Typ von __cause__: {type(ursache).__name__}')
            print(f"Traceback im Elternprozess nennt pruefe: {'in pruefe' in eltern}")
            print(f"__cause__ nennt pruefe: {'in pruefe' in str(ursache)}")
            print(f"format_exception() nennt pruefe: {'in pruefe' in alles}")
