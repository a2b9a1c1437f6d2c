import time
from multiprocessing import Pool


def langsames_quadrat(x):
    time.sleep(0.04 * (5 - x))  # kleine Zahlen brauchen länger
    return x, x * x  # die Eingabe mitliefern: so bleibt klar, wozu das Ergebnis gehört


if __name__ == '__main__':
    with Pool(2) as pool:
        ergebnisse = list(pool.imap_unordered(langsames_quadrat, range(6)))
    print(f'{len(ergebnisse)} Ergebnisse empfangen')
    for x, quadrat in sorted(ergebnisse):
        print(f'{x} * {x} = {quadrat}')
