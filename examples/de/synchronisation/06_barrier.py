from multiprocessing import Array, Barrier, Process


def teilnehmer(nummer, schranke, teile, summen):
    teile[nummer] = (nummer + 1) ** 2  # Phase 1: eigenes Teilergebnis
    schranke.wait()  # warten, bis alle drei Phase 1 beendet haben
    summen[nummer] = sum(teile[:])  # Phase 2: alle Teilergebnisse liegen vor


if __name__ == '__main__':
    schranke = Barrier(3)
    teile = Array('i', 3)
    summen = Array('i', 3)
    prozesse = [Process(target=teilnehmer, args=(i, schranke, teile, summen)) for i in range(3)]
    for p in prozesse:
        p.start()
    for p in prozesse:
        p.join()
    print(f'Teilergebnisse: {teile[:]}')
    print(f'Summe, die jeder Prozess nach der Barrier sah: {summen[:]}')
