from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

GRENZEN = [5_000, 10_000, 15_000, 20_000]


def zaehle_primzahlen(grenze):
    anzahl = 0
    for zahl in range(2, grenze):
        teiler = 2
        while teiler * teiler <= zahl:
            if zahl % teiler == 0:
                break
            teiler += 1
        else:
            anzahl += 1
    return anzahl


def ja_nein(wert):
    return 'ja' if wert else 'nein'


if __name__ == '__main__':
    seriell = [zaehle_primzahlen(grenze) for grenze in GRENZEN]

    with ThreadPoolExecutor(max_workers=len(GRENZEN)) as executor:
        mit_threads = list(executor.map(zaehle_primzahlen, GRENZEN))

    with ProcessPoolExecutor() as executor:
        mit_prozessen = list(executor.map(zaehle_primzahlen, GRENZEN))

    print(f'Primzahlen unter {GRENZEN}: {seriell}')
    print(f'Threads liefern dasselbe:  {ja_nein(mit_threads == seriell)}')
    print(f'Prozesse liefern dasselbe: {ja_nein(mit_prozessen == seriell)}')
