import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def schlafe(millisekunden):
    time.sleep(millisekunden / 1000)
    return millisekunden


if __name__ == '__main__':
    dauer = {'A': 800, 'B': 400, 'C': 0}
    with ProcessPoolExecutor(max_workers=3) as executor:
        future_zu_name = {executor.submit(schlafe, ms): name for name, ms in dauer.items()}
        print(f'Eingereicht: {list(future_zu_name.values())}')
        for future in as_completed(future_zu_name):
            print(f'Fertig: {future_zu_name[future]} ({future.result()} ms)')
