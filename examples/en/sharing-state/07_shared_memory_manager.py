from multiprocessing import Process
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import ShareableList, SharedMemory


def square(name, index):
    numbers = ShareableList(name=name)
    try:
        numbers[index] = numbers[index] ** 2
    finally:
        numbers.shm.close()


if __name__ == '__main__':
    with SharedMemoryManager() as smm:
        numbers = smm.ShareableList([1, 2, 3, 4])
        buffer = smm.SharedMemory(size=64)
        names = {'ShareableList': numbers.shm.name, 'SharedMemory': buffer.name}
        processes = [Process(target=square, args=(numbers.shm.name, i)) for i in range(4)]
        for p in processes:
            p.start()
        for p in processes:
            p.join()
        print(f'Squared: {list(numbers)}')
        numbers.shm.close()  # close our own attachments; the manager does unlink()
        buffer.close()

    for kind, name in names.items():
        try:
            SharedMemory(name=name)
        except FileNotFoundError as error:
            print(f'{kind} after the with block: {type(error).__name__}')
