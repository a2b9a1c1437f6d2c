from multiprocessing import Process
from multiprocessing.shared_memory import ShareableList


def child(name):
    status = ShareableList(name=name)
    try:
        status[0] = 42
        status[1] = 0.75
        status[2] = 'done'
        status[3] = True
    finally:
        status.shm.close()


if __name__ == '__main__':
    status = ShareableList([0, 0.0, ' ' * 16, False])  # 16 bytes of room for the text
    try:
        p = Process(target=child, args=(status.shm.name,))
        p.start()
        p.join()
        print(f'Written by the child: {list(status)}')

        try:
            status[2] = 'a text that is longer than 16 bytes'
        except ValueError as error:
            print(f'{type(error).__name__}: {error}')
        try:
            status.append(5)
        except AttributeError as error:
            print(f'{type(error).__name__}: {error}')
        print(f'The length stays {len(status)}')
    finally:
        status.shm.close()
        status.shm.unlink()
