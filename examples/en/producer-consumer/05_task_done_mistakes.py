import threading
from multiprocessing import JoinableQueue

if __name__ == '__main__':
    q = JoinableQueue()
    q.put('job')
    q.get()
    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout=0.2)
    print(f'get() without task_done(): join() still waiting: {waiter.is_alive()}')
    q.task_done()
    waiter.join(timeout=5)
    print(f'after task_done():         join() still waiting: {waiter.is_alive()}')
    try:
        q.task_done()  # one call more than items were put
    except ValueError as error:
        print(f'{type(error).__name__}: {error}')
