import signal
import time
from multiprocessing import Event, Process


def rechnet_lange():
    try:
        time.sleep(10)
    finally:
        print('finally-Block in rechnet_lange()')  # erscheint nie: terminate() lässt ihn aus


def ignoriert_sigterm(bereit):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    bereit.set()
    time.sleep(10)


if __name__ == '__main__':
    p = Process(target=rechnet_lange)
    p.start()
    p.join(timeout=0.3)
    print(f'Nach join(timeout=0.3): is_alive={p.is_alive()}, exitcode={p.exitcode}')
    p.terminate()
    p.join()
    print(f'Nach terminate():       is_alive={p.is_alive()}, exitcode={p.exitcode}')
    print(f'exitcode == -signal.SIGTERM: {p.exitcode == -signal.SIGTERM}')

    bereit = Event()
    stur = Process(target=ignoriert_sigterm, args=(bereit,))
    stur.start()
    bereit.wait()  # erst wenn SIGTERM ignoriert wird
    stur.terminate()
    stur.join(timeout=0.3)
    print(f'SIGTERM ignoriert:      is_alive={stur.is_alive()}')
    stur.kill()
    stur.join()
    print(f'Nach kill():            is_alive={stur.is_alive()}, exitcode={stur.exitcode}')
