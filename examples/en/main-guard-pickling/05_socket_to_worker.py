import pickle
import socket
from concurrent.futures import ProcessPoolExecutor


def read(connection):  # runs in the worker
    with connection:
        return connection.recv(100).decode()


if __name__ == '__main__':
    parent_side, worker_side = socket.socketpair()
    try:
        pickle.dumps(worker_side)
    except TypeError as error:
        print(f'pickle.dumps(): {type(error).__name__}')

    parent_side.sendall(b'Hello through the socket')
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'Read in the worker: {executor.submit(read, worker_side).result()}')
    parent_side.close()
    worker_side.close()
