import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def sleep_for(milliseconds):
    time.sleep(milliseconds / 1000)
    return milliseconds


if __name__ == '__main__':
    durations = {'A': 800, 'B': 400, 'C': 0}
    with ProcessPoolExecutor(max_workers=3) as executor:
        future_to_name = {executor.submit(sleep_for, ms): name for name, ms in durations.items()}
        print(f'Submitted: {list(future_to_name.values())}')
        for future in as_completed(future_to_name):
            print(f'Done: {future_to_name[future]} ({future.result()} ms)')
