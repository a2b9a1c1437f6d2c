from multiprocessing import BoundedSemaphore, Lock, Process, Semaphore, Value


def arbeite(plaetze, zaehler_lock, aktiv, maximum, fertig):
    with plaetze:  # höchstens 2 Prozesse zugleich in diesem Block
        with zaehler_lock:
            aktiv.value += 1
            maximum.value = max(maximum.value, aktiv.value)
        sum(range(100_000))  # stellvertretend für die begrenzte Arbeit
        with zaehler_lock:
            aktiv.value -= 1
            fertig.value += 1


if __name__ == '__main__':
    plaetze = Semaphore(2)
    zaehler_lock = Lock()
    aktiv = Value('i', 0, lock=False)
    maximum = Value('i', 0, lock=False)
    fertig = Value('i', 0, lock=False)
    args = (plaetze, zaehler_lock, aktiv, maximum, fertig)
    prozesse = [Process(target=arbeite, args=args) for _ in range(5)]
    for p in prozesse:
        p.start()
    for p in prozesse:
        p.join()
    print(f'Fertige Prozesse: {fertig.value}')
    print(f'Höchstens 2 gleichzeitig: {maximum.value <= 2}')

    begrenzt = BoundedSemaphore(2)
    try:
        begrenzt.release()  # ohne vorheriges acquire()
    except ValueError as fehler:
        print(f'BoundedSemaphore: ValueError: {fehler}')
