import math
import os
from pathlib import Path

CGROUP_WURZEL = Path('/sys/fs/cgroup')


def quote_aus_cpu_max(inhalt):
    """'200000 100000' -> 2.0 CPUs; 'max 100000' -> None (keine Quote)."""
    hoechstens, periode = inhalt.split()
    return None if hoechstens == 'max' else int(hoechstens) / int(periode)


def cgroup_v2_quote():
    """Kleinste CPU-Quote von der eigenen cgroup bis zur Wurzel, oder None (cgroup v2, Linux)."""
    try:
        zeilen = Path('/proc/self/cgroup').read_text().splitlines()
    except OSError:
        return None
    pfade = [zeile[len('0::'):] for zeile in zeilen if zeile.startswith('0::')]
    if not pfade:
        return None  # kein cgroup v2
    ordner = CGROUP_WURZEL / pfade[0].lstrip('/')
    quoten = []
    while True:
        datei = ordner / 'cpu.max'  # die Wurzel selbst hat keine
        if datei.is_file():
            quote = quote_aus_cpu_max(datei.read_text())
            if quote is not None:
                quoten.append(quote)
        if ordner == CGROUP_WURZEL or CGROUP_WURZEL not in ordner.parents:
            break
        ordner = ordner.parent
    return min(quoten, default=None)


def zahl_der_worker():
    erlaubt = len(os.sched_getaffinity(0))
    quote = cgroup_v2_quote()
    if quote is None:
        return erlaubt
    return max(1, min(erlaubt, math.ceil(quote)))


if __name__ == '__main__':
    for inhalt in ('max 100000', '200000 100000', '150000 100000'):
        quote = quote_aus_cpu_max(inhalt)
        text = 'keine Quote' if quote is None else f'{quote} CPUs, aufgerundet {math.ceil(quote)} Worker'
        print(f'cpu.max = {inhalt!r:17} -> {text}')
    worker = zahl_der_worker()
    erlaubt = len(os.sched_getaffinity(0))
    print(f'Für diesen Prozess: 1 <= Worker <= len(os.sched_getaffinity(0)): {1 <= worker <= erlaubt}')
