import itertools
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

HOECHSTENS = 4  # so viele Futures sind höchstens gleichzeitig eingereicht


def langsames_quadrat(x):
    time.sleep(0.01)
    return x * x


def begrenzt(executor, funktion, eingaben, hoechstens, statistik):
    """Wie executor.map(), aber höchstens `hoechstens` offene Futures; Ergebnisse, sobald sie fertig sind."""
    offen = set()
    for eingabe in eingaben:
        offen.add(executor.submit(funktion, eingabe))
        statistik['eingereicht'] += 1
        statistik['max_offen'] = max(statistik['max_offen'], len(offen))
        if len(offen) >= hoechstens:
            fertig, offen = wait(offen, return_when=FIRST_COMPLETED)
            for future in fertig:
                yield future.result()
    for future in wait(offen).done:  # der Rest, wenn die Eingabe endet
        yield future.result()


if __name__ == '__main__':
    statistik = {'eingereicht': 0, 'max_offen': 0}
    with ProcessPoolExecutor(max_workers=2) as executor:
        ergebnisse = begrenzt(executor, langsames_quadrat, itertools.count(), HOECHSTENS, statistik)
        erste = list(itertools.islice(ergebnisse, 20))  # endlose Eingabe: nur 20 Ergebnisse abholen
        ergebnisse.close()
    print(f'Ergebnisse abgeholt: {len(erste)}, verschiedene: {len(set(erste))}')
    print(f'Höchstens {HOECHSTENS} Futures gleichzeitig offen: {statistik["max_offen"] <= HOECHSTENS}')
    print(f'Eingereicht höchstens 20 + {HOECHSTENS}: {statistik["eingereicht"] <= 20 + HOECHSTENS}')
