import time
from multiprocessing import Queue


class LangsamZuPickeln:
    def __reduce__(self):
        time.sleep(0.3)  # wie ein großes Objekt: das Pickeln dauert
        return (LangsamZuPickeln, ())


def groesse(q):
    try:
        return q.qsize()
    except NotImplementedError:  # macOS: sem_getvalue() fehlt
        return 'nicht verfügbar'


if __name__ == '__main__':
    q = Queue(maxsize=1)
    q.put(LangsamZuPickeln())
    print(f'direkt nach put(): empty()={q.empty()}, full()={q.full()}, qsize()={groesse(q)}')
    q.get()
    print(f'nach get():        empty()={q.empty()}, full()={q.full()}, qsize()={groesse(q)}')
