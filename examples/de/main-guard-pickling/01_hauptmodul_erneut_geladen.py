import multiprocessing as mp

print(f'Oberste Ebene läuft als {__name__}')


def arbeite(nummer):
    print(f'Kind {nummer}: arbeite() stammt aus {arbeite.__module__}')


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    for nummer in (1, 2):
        p = ctx.Process(target=arbeite, args=(nummer,))
        p.start()
        p.join()  # nacheinander, damit die Reihenfolge der Ausgabe feststeht
    print('Elternprozess: fertig')
