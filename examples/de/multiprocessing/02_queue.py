from multiprocessing import Process, Queue


def worker(q):
    q.put("Hallo von einem Prozess!")


if __name__ == '__main__':
    q = Queue()
    p = Process(target=worker, args=(q,))
    p.start()
    print(q.get())  # Ausgabe: Hallo von einem Prozess!
    p.join()  # erst abholen, dann warten
