import gc
import multiprocessing


class Punkt:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def privater_speicher():
    with open('/proc/self/smaps_rollup') as datei:
        return sum(int(zeile.split()[1]) * 1024 for zeile in datei if zeile.startswith('Private_'))


def sammle(ergebnisse):
    vorher = privater_speicher()
    gc.enable()  # früh im Kindprozess
    gc.collect()  # eine volle Sammlung, wie sie irgendwann von selbst käme
    ergebnisse.put(privater_speicher() - vorher)


def zuwachs_im_kind(kontext):
    ergebnisse = kontext.Queue()
    kind = kontext.Process(target=sammle, args=(ergebnisse,))
    kind.start()
    zuwachs = ergebnisse.get()
    kind.join()
    return zuwachs


if __name__ == '__main__':
    gc.disable()  # früh im Elternprozess
    kontext = multiprocessing.get_context('fork')
    vorher = privater_speicher()
    punkte = [Punkt(i % 100, i % 7) for i in range(400_000)]
    groesse = privater_speicher() - vorher

    ohne_freeze = zuwachs_im_kind(kontext)
    gc.freeze()  # unmittelbar vor fork()
    mit_freeze = zuwachs_im_kind(kontext)
    print(f'Punkte eingefroren: mindestens 400000: {gc.get_freeze_count() >= 400_000}')
    print(f'Ohne gc.freeze(): privater Speicher um mehr als die halbe Größe gewachsen: {ohne_freeze > groesse / 2}')
    print(f'Mit gc.freeze(): privater Speicher um weniger als 5 % der Größe gewachsen: {mit_freeze < groesse / 20}')
