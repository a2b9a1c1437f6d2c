import signal
import time
from concurrent.futures import ProcessPoolExecutor


def ignoriere_sigint():
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Strg+C behandelt nur der Elternprozess


def aufgabe(nummer):
    time.sleep(0.2)
    return nummer


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2, initializer=ignoriere_sigint) as executor:
        futures = [executor.submit(aufgabe, nummer) for nummer in range(12)]
        try:
            for nummer, future in enumerate(futures):
                print(f'Ergebnis: {future.result()}')
                if nummer == 1:
                    signal.raise_signal(signal.SIGINT)  # wirkt wie Strg+C
        except KeyboardInterrupt:
            print('KeyboardInterrupt: wartende Aufgaben werden abgebrochen')
            executor.shutdown(wait=True, cancel_futures=True)
    print(f'Letzte Aufgabe abgebrochen: {futures[-1].cancelled()}')
    print('Alle Worker sind beendet')
