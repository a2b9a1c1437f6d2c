import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

AUFGABEN = 4
WARTEZEIT = 0.2  # Sekunden; steht für das Warten auf Netz oder Festplatte


def lade(nummer):
    time.sleep(WARTEZEIT)  # wartet, ohne zu rechnen, und gibt dabei den GIL frei
    return nummer * nummer


def melde_pid(_):
    time.sleep(0.01)
    return os.getpid()


def starte_alle_worker(executor, anzahl):
    gesehen = set()
    while len(gesehen) < anzahl:  # bis jeder Worker-Prozess eine Aufgabe erledigt hat
        gesehen.update(executor.map(melde_pid, range(anzahl)))


def ja_nein(wert):
    return 'ja' if wert else 'nein'


if __name__ == '__main__':
    nummern = list(range(AUFGABEN))

    start = time.perf_counter()
    seriell = [lade(n) for n in nummern]
    dauer_seriell = time.perf_counter() - start

    with ThreadPoolExecutor(max_workers=AUFGABEN) as executor:
        start = time.perf_counter()
        mit_threads = list(executor.map(lade, nummern))
        dauer_threads = time.perf_counter() - start

    with ProcessPoolExecutor(max_workers=AUFGABEN) as executor:
        starte_alle_worker(executor, AUFGABEN)  # den Start der Prozesse nicht mitmessen
        start = time.perf_counter()
        mit_prozessen = list(executor.map(lade, nummern))
        dauer_prozesse = time.perf_counter() - start

    print(f'Gleiche Ergebnisse: {ja_nein(seriell == mit_threads == mit_prozessen)}')
    print(f'Threads:  mindestens doppelt so schnell wie seriell: {ja_nein(dauer_seriell >= 2 * dauer_threads)}')
    print(f'Prozesse: mindestens doppelt so schnell wie seriell: {ja_nein(dauer_seriell >= 2 * dauer_prozesse)}')
