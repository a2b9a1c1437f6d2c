import signal
import time
from multiprocessing import Event, Process


def long_computation():
    try:
        time.sleep(10)
    finally:
        print('finally block in long_computation()')  # never appears: terminate() skips it


def ignore_sigterm(ready):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ready.set()
    time.sleep(10)


if __name__ == '__main__':
    p = Process(target=long_computation)
    p.start()
    p.join(timeout=0.3)
    print(f'After join(timeout=0.3): is_alive={p.is_alive()}, exitcode={p.exitcode}')
    p.terminate()
    p.join()
    print(f'After terminate():       is_alive={p.is_alive()}, exitcode={p.exitcode}')
    print(f'exitcode == -signal.SIGTERM: {p.exitcode == -signal.SIGTERM}')

    ready = Event()
    stubborn = Process(target=ignore_sigterm, args=(ready,))
    stubborn.start()
    ready.wait()  # only once SIGTERM is ignored
    stubborn.terminate()
    stubborn.join(timeout=0.3)
    print(f'SIGTERM ignored:         is_alive={stubborn.is_alive()}')
    stubborn.kill()
    stubborn.join()
    print(f'After kill():            is_alive={stubborn.is_alive()}, exitcode={stubborn.exitcode}')
