import signal
import time
from concurrent.futures import ProcessPoolExecutor


def ignore_sigint():
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # only the parent handles Ctrl-C


def task(number):
    time.sleep(0.2)
    return number


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2, initializer=ignore_sigint) as executor:
        futures = [executor.submit(task, number) for number in range(12)]
        try:
            for number, future in enumerate(futures):
                print(f'Result: {future.result()}')
                if number == 1:
                    signal.raise_signal(signal.SIGINT)  # acts like Ctrl-C
        except KeyboardInterrupt:
            print('KeyboardInterrupt: cancelling the waiting tasks')
            executor.shutdown(wait=True, cancel_futures=True)
    print(f'Last task cancelled: {futures[-1].cancelled()}')
    print('All workers have ended')
