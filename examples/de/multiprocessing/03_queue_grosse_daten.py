from multiprocessing import Process, Queue


def worker(q):
    q.put('x' * 100_000)  # größer als der Puffer der Pipe


if __name__ == '__main__':
    q = Queue()
    p = Process(target=worker, args=(q,))
    p.start()
    p.join(timeout=0.5)  # wie im Ausgangstext erst warten, hier aber nur eine halbe Sekunde
    print(f'Nach join(timeout=0.5) läuft das Kind noch: {p.is_alive()}')
    daten = q.get()  # erst das Abholen lässt das Kind fertig werden
    p.join()
    print(f'{len(daten)} Zeichen empfangen, Exit-Code des Kindes: {p.exitcode}')
