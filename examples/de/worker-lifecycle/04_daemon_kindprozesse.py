from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, Process, current_process


def leere_aufgabe():
    pass


def starte_kindprozess(_):
    kind = Process(target=leere_aufgabe)
    kind.start()
    kind.join()
    return f'daemon={current_process().daemon}, Kindprozess endete mit Exit-Code {kind.exitcode}'


if __name__ == '__main__':
    with Pool(processes=1) as pool:
        try:
            print(f'Pool: {pool.apply(starte_kindprozess, (0,))}')
        except AssertionError as fehler:
            print(f'Pool: AssertionError: {fehler}')

    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'ProcessPoolExecutor: {executor.submit(starte_kindprozess, 0).result()}')
