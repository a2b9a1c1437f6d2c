import os
import traceback
from multiprocessing import Pipe, Process
from multiprocessing.connection import wait


def work(x):
    if x == 0:
        raise ZeroDivisionError('x is 0')
    if x < 0:
        os._exit(3)  # ends at once, without an exception and without a message, as in a crash
    return 100 // x


def with_report(send_end, x):
    try:
        send_end.send(('ok', work(x)))
    except Exception as error:
        send_end.send(('error', f'{type(error).__name__}: {error}', traceback.format_exc()))


def run(x):
    receive_end, send_end = Pipe(duplex=False)
    p = Process(target=with_report, args=(send_end, x))
    p.start()
    wait([receive_end, p.sentinel])  # a message or the end of the process, whichever comes first
    message = receive_end.recv() if receive_end.poll() else None
    p.join()
    receive_end.close()
    send_end.close()
    if message is None:
        return f'no message, exitcode {p.exitcode}'
    if message[0] == 'ok':
        return f'result {message[1]}, exitcode {p.exitcode}'
    return f'{message[1]}, exitcode {p.exitcode}'


if __name__ == '__main__':
    for x in (5, 0, -1):
        print(f'x={x}: {run(x)}')
