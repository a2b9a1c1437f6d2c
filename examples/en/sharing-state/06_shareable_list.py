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
    status = ShareableList([0, 0.0, ' ' * 16, False])  # 16 ASCII characters: 8 * (16 // 8 + 1) = 24 bytes
    try:
        p = Process(target=child, args=(status.shm.name,))
        p.start()
        p.join()
        print(f'Written by the child: {list(status)}')

        status[2] = 'x' * 24
        print(f'24 bytes fit: {len(status[2])} characters')
        try:
            status[2] = 'x' * 25
        except ValueError as error:
            print(f'25 bytes: {type(error).__name__}: {error}')
        try:
            status.append(5)
        except AttributeError as error:
            print(f'{type(error).__name__}: {error}')
        print(f'The length stays {len(status)}')
    finally:
        status.shm.close()
        status.shm.unlink()

    umlauts = ShareableList(['ä' * 7])  # 7 characters, but 14 bytes in UTF-8
    try:
        print(f"Created with 'ä' * 7, read back: {umlauts[0]!r}")
    finally:
        umlauts.shm.close()
        umlauts.shm.unlink()
