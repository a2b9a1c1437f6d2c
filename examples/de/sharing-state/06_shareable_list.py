from multiprocessing import Process
from multiprocessing.shared_memory import ShareableList


def kind(name):
    status = ShareableList(name=name)
    try:
        status[0] = 42
        status[1] = 0.75
        status[2] = 'fertig'
        status[3] = True
    finally:
        status.shm.close()


if __name__ == '__main__':
    status = ShareableList([0, 0.0, ' ' * 16, False])  # 16 ASCII-Zeichen: 8 * (16 // 8 + 1) = 24 Bytes
    try:
        p = Process(target=kind, args=(status.shm.name,))
        p.start()
        p.join()
        print(f'Vom Kind geschrieben: {list(status)}')

        status[2] = 'x' * 24
        print(f'24 Bytes passen: {len(status[2])} Zeichen')
        try:
            status[2] = 'x' * 25
        except ValueError as fehler:
            print(f'25 Bytes: {type(fehler).__name__}: {fehler}')
        try:
            status.append(5)
        except AttributeError as fehler:
            print(f'{type(fehler).__name__}: {fehler}')
        print(f'Die Länge bleibt {len(status)}')
    finally:
        status.shm.close()
        status.shm.unlink()

    umlaute = ShareableList(['ä' * 7])  # 7 Zeichen, aber 14 Bytes in UTF-8
    try:
        print(f"Angelegt mit 'ä' * 7, zurückgelesen: {umlaute[0]!r}")
    finally:
        umlaute.shm.close()
        umlaute.shm.unlink()
