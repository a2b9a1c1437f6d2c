from multiprocessing import Process, Value


def einzeln(zaehler, zahlen):
    for zahl in zahlen:
        if zahl % 7 == 0:
            with zaehler.get_lock():  # Lock bei jedem Treffer
                zaehler.value += 1


def gesammelt(zaehler, zahlen):
    treffer = sum(1 for zahl in zahlen if zahl % 7 == 0)  # lokal, ohne Lock
    with zaehler.get_lock():  # Lock einmal pro Prozess
        zaehler.value += treffer


def zaehle(funktion):
    zaehler = Value('i', 0)
    teile = [range(i * 20_000, (i + 1) * 20_000) for i in range(4)]
    prozesse = [Process(target=funktion, args=(zaehler, teil)) for teil in teile]
    for p in prozesse:
        p.start()
    for p in prozesse:
        p.join()
    return zaehler.value


if __name__ == '__main__':
    print(f'Lock bei jedem Treffer:  {zaehle(einzeln)}')
    print(f'lokal, Lock einmal:      {zaehle(gesammelt)}')
    print(f'erwartet:                {len(range(0, 80_000, 7))}')
