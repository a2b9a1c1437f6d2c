from multiprocessing import Process, Queue


def worker(q):
    q.put('x' * 100_000)  # größer als der Puffer der Pipe


if __name__ == '__main__':
    q = Queue()
    p = Process(target=worker, args=(q,))
    p.start()
    daten = q.get()  # mit p.join() davor bliebe das Programm hier hängen
    p.join()
    print(f'{len(daten)} Zeichen empfangen')
