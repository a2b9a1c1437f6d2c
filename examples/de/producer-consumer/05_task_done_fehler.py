import threading
from multiprocessing import JoinableQueue

if __name__ == '__main__':
    q = JoinableQueue()
    q.put('Auftrag')
    q.get()
    wartender = threading.Thread(target=q.join, daemon=True)
    wartender.start()
    wartender.join(timeout=0.2)
    print(f'get() ohne task_done(): join() wartet noch: {wartender.is_alive()}')
    q.task_done()
    wartender.join(timeout=5)
    print(f'nach task_done():       join() wartet noch: {wartender.is_alive()}')
    try:
        q.task_done()  # ein Aufruf mehr, als Elemente hineingelegt wurden
    except ValueError as fehler:
        print(f'{type(fehler).__name__}: {fehler}')
