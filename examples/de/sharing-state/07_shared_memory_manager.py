from multiprocessing import Process
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import ShareableList, SharedMemory


def quadriere(name, index):
    zahlen = ShareableList(name=name)
    try:
        zahlen[index] = zahlen[index] ** 2
    finally:
        zahlen.shm.close()


if __name__ == '__main__':
    with SharedMemoryManager() as smm:
        zahlen = smm.ShareableList([1, 2, 3, 4])
        puffer = smm.SharedMemory(size=64)
        namen = {'ShareableList': zahlen.shm.name, 'SharedMemory': puffer.name}
        prozesse = [Process(target=quadriere, args=(zahlen.shm.name, i)) for i in range(4)]
        for p in prozesse:
            p.start()
        for p in prozesse:
            p.join()
        print(f'Quadriert: {list(zahlen)}')
        zahlen.shm.close()  # die eigenen Verbindungen schließen; unlink() übernimmt der Manager
        puffer.close()

    for art, name in namen.items():
        try:
            SharedMemory(name=name)
        except FileNotFoundError as fehler:
            print(f'{art} nach dem with-Block: {type(fehler).__name__}')
