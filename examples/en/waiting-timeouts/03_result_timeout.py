import concurrent.futures
import time
from concurrent.futures import ProcessPoolExecutor


def slow():
    time.sleep(0.6)
    return 'done'


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(slow)
        try:
            future.result(timeout=0.2)
        except concurrent.futures.TimeoutError as error:
            print(f'{type(error).__name__}: no result after 0.2 s')
        print(f'Still running: {future.running()}')
        print(f'Can be cancelled: {future.cancel()}')
        print(f'Later after all: {future.result()}')
