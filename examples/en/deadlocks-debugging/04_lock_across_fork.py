import multiprocessing as mp
import sys
import threading
import warnings

lock = threading.Lock()


def hold_lock(locked, go_on):
    with lock:
        locked.set()
        go_on.wait()  # holds the lock until the main thread lets it go


def child(result):
    result.put(lock.acquire(timeout=0.5))


if __name__ == '__main__':
    ctx = mp.get_context('fork')
    locked, go_on = threading.Event(), threading.Event()
    thread = threading.Thread(target=hold_lock, args=(locked, go_on))
    thread.start()
    locked.wait()

    result = ctx.Queue()
    p = ctx.Process(target=child, args=(result,))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always', DeprecationWarning)
        p.start()
    warning = [w for w in caught if 'fork()' in str(w.message)]
    print(f'Child process: lock.acquire(timeout=0.5) -> {result.get()}')
    p.join()
    go_on.set()
    thread.join()
    print(f'Parent process: lock.acquire(timeout=0.5) -> {lock.acquire(timeout=0.5)}')
    print(f'DeprecationWarning from Python 3.12 on exactly: {bool(warning) == (sys.version_info >= (3, 12))}')
