from multiprocessing import Event, Process, Value


def kind(startsignal, konfiguration):
    startsignal.wait()  # blockiert, bis der Elternprozess set() aufruft
    print(f'Kind: Startsignal erhalten, Konfiguration = {konfiguration.value}', flush=True)


if __name__ == '__main__':
    startsignal = Event()
    konfiguration = Value('i', 0)
    p = Process(target=kind, args=(startsignal, konfiguration))
    p.start()

    # Niemand hat set() aufgerufen: wait() kehrt nach der Frist mit False zurück
    print(f'Eltern: wait(timeout=0.1) liefert {startsignal.wait(timeout=0.1)}', flush=True)

    konfiguration.value = 42
    print('Eltern: Konfiguration steht, setze das Startsignal', flush=True)
    startsignal.set()
    p.join()
    print('Eltern: Kind ist fertig')
