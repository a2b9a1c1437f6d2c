from multiprocessing import Process, Queue

ENDE_OBJEKT = object()


class Ende:
    pass


MARKEN = (('object()', ENDE_OBJEKT), ('None', None), ('class Ende', Ende))


def verbraucher(q):
    for name, marke in MARKEN:
        angekommen = q.get()  # gepickelt, durch die Pipe, wieder ausgepackt
        print(f'{name:<10}  wiedererkannt mit is: {angekommen is marke}')


if __name__ == '__main__':
    q = Queue()
    p = Process(target=verbraucher, args=(q,))
    p.start()
    for _, marke in MARKEN:
        q.put(marke)
    p.join()
