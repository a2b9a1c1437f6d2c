from concurrent.futures import ProcessPoolExecutor
from multiprocessing import active_children


def berechne(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor() as executor:
        print(f'Worker vor der ersten Aufgabe: {len(active_children())}')
        # Hier werden Aufgaben eingereicht, z. B.:
        executor.submit(berechne, 2).result()
        print(f'Worker laufen nach der ersten Aufgabe: {len(active_children()) > 0}')
    print(f'Worker nach dem with-Block: {len(active_children())}')
