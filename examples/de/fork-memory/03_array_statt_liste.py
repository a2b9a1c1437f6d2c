import array
import multiprocessing

MIB = 2**20
ANZAHL = 40 * MIB // 32


def privater_speicher():
    with open('/proc/self/smaps_rollup') as datei:
        return sum(int(zeile.split()[1]) * 1024 for zeile in datei if zeile.startswith('Private_'))


def summiere(daten, ergebnisse):
    vorher = privater_speicher()
    summe = sum(daten)
    ergebnisse.put((summe, privater_speicher() - vorher))


def im_kind(kontext, daten):
    ergebnisse = kontext.Queue()
    kind = kontext.Process(target=summiere, args=(daten, ergebnisse))
    kind.start()
    summe, zuwachs = ergebnisse.get()
    kind.join()
    return summe, zuwachs


if __name__ == '__main__':
    kontext = multiprocessing.get_context('fork')
    zahlen = range(1000, 1000 + ANZAHL)
    summe_liste, zuwachs_liste = im_kind(kontext, list(zahlen))
    summe_array, zuwachs_array = im_kind(kontext, array.array('q', zahlen))
    print(f'Gleiche Summe: {summe_liste == summe_array == sum(zahlen)}')
    print(f'Liste: privater Speicher um mehr als 20 MiB gewachsen: {zuwachs_liste > 20 * MIB}')
    print(f'array: privater Speicher um weniger als 2 MiB gewachsen: {zuwachs_array < 2 * MIB}')
