import multiprocessing
from concurrent.futures import ProcessPoolExecutor

EINSTELLUNG = 'Wert aus dem Modul'


def lies_einstellung():
    return EINSTELLUNG


def verwende(einstellung):
    return einstellung


if __name__ == '__main__':
    EINSTELLUNG = 'im Elternprozess geändert'
    ctx = multiprocessing.get_context('spawn')
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as executor:
        print(f'Globale Variable im Worker: {executor.submit(lies_einstellung).result()}')
        print(f'Als Argument übergeben:     {executor.submit(verwende, EINSTELLUNG).result()}')
