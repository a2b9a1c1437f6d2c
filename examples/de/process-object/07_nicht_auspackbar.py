import traceback
from multiprocessing import Process, Queue


class GrenzFehler(Exception):
    def __init__(self, wert, grenze):
        super().__init__(f'{wert} > {grenze}')  # args enthält nur die Meldung


def pruefe(queue):
    try:
        raise GrenzFehler(11, 10)
    except Exception as fehler:
        queue.put((type(fehler).__name__, str(fehler), traceback.format_exc()))  # nur Zeichenketten
        queue.put(fehler)  # das Objekt selbst: im Kindprozess lässt es sich pickeln


if __name__ == '__main__':
    queue = Queue()
    p = Process(target=pruefe, args=(queue,))
    p.start()
    name, meldung, text = queue.get()
    print(f"Als Zeichenketten: {name}: {meldung}, Traceback nennt pruefe: {'in pruefe' in text}")
    try:
        queue.get()
    except TypeError as fehler:
        print(f'Als Objekt: get() löst {type(fehler).__name__} aus')
        print(f"  Meldung nennt das fehlende Argument 'grenze': {'grenze' in str(fehler)}")
    p.join()
    print(f'exitcode {p.exitcode}')
