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
    status = ShareableList([0, 0.0, ' ' * 16, False])  # 16 Bytes Platz für den Text
    try:
        p = Process(target=kind, args=(status.shm.name,))
        p.start()
        p.join()
        print(f'Vom Kind geschrieben: {list(status)}')

        try:
            status[2] = 'ein Text, der länger als 16 Bytes ist'
        except ValueError as fehler:
            print(f'{type(fehler).__name__}: {fehler}')
        try:
            status.append(5)
        except AttributeError as fehler:
            print(f'{type(fehler).__name__}: {fehler}')
        print(f'Die Länge bleibt {len(status)}')
    finally:
        status.shm.close()
        status.shm.unlink()
