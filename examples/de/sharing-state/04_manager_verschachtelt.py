from multiprocessing import Manager, Process


def falsch(liste, ns):
    liste[0].append(1)  # ändert nur eine Kopie im Kindprozess
    ns.daten.append(1)  # ebenso


def richtig(liste, ns):
    zeile = liste[0]  # Kopie holen,
    zeile.append(1)  # ändern
    liste[0] = zeile  # und zurückschreiben
    daten = ns.daten
    daten.append(1)
    ns.daten = daten


if __name__ == '__main__':
    with Manager() as manager:
        for funktion in (falsch, richtig):
            liste = manager.list([[]])
            ns = manager.Namespace(daten=[])
            p = Process(target=funktion, args=(liste, ns))
            p.start()
            p.join()
            print(f'{funktion.__name__:8} liste = {liste[:]}, ns.daten = {ns.daten}')

        verschachtelt = manager.list([manager.list()])  # innen ebenfalls ein Proxy
        verschachtelt[0].append(1)
        print(f'verschachtelter Proxy: {verschachtelt[0][:]}')
