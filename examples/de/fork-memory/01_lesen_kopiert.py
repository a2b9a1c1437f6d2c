import multiprocessing

MIB = 2**20
GROESSE = 40 * MIB


def privater_speicher():
    """Seiten, die nur dieser Prozess hat, in Bytes (Linux)."""
    with open('/proc/self/smaps_rollup') as datei:
        return sum(int(zeile.split()[1]) * 1024 for zeile in datei if zeile.startswith('Private_'))


def lies_bytes(daten, ergebnisse):
    vorher = privater_speicher()
    daten.count(b'\xff')  # liest jedes Byte
    ergebnisse.put(privater_speicher() - vorher)


def lies_liste(daten, ergebnisse):
    vorher = privater_speicher()
    for _ in daten:  # liest nur, nimmt aber für jedes Element kurz eine Referenz
        pass
    ergebnisse.put(privater_speicher() - vorher)


def zuwachs_im_kind(kontext, ziel, daten):
    ergebnisse = kontext.Queue()
    kind = kontext.Process(target=ziel, args=(daten, ergebnisse))
    kind.start()
    zuwachs = ergebnisse.get()
    kind.join()
    return zuwachs


if __name__ == '__main__':
    kontext = multiprocessing.get_context('fork')
    als_bytes = bytes(range(256)) * (GROESSE // 256)
    als_liste = list(range(1000, 1000 + GROESSE // 32))  # ein int-Objekt belegt hier 32 Bytes
    zuwachs_bytes = zuwachs_im_kind(kontext, lies_bytes, als_bytes)
    zuwachs_liste = zuwachs_im_kind(kontext, lies_liste, als_liste)
    print(f'bytes gelesen: privater Speicher um weniger als 5 % der Daten gewachsen: {zuwachs_bytes < GROESSE / 20}')
    print(f'Liste gelesen: privater Speicher um mehr als die Hälfte der Daten gewachsen: {zuwachs_liste > GROESSE / 2}')
