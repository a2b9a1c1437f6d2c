import pickle
from multiprocessing import AuthenticationError, Process, current_process
from multiprocessing.connection import Client, Listener
from multiprocessing.managers import SyncManager


def child(parent_key, manager_address, listener_address):
    print(f'Child: key inherited: {bytes(current_process().authkey) == parent_key}')
    SyncManager(address=manager_address).connect()  # no authkey
    print('Child: connected to the manager without giving an authkey')
    current_process().authkey = b'another-key'
    try:
        SyncManager(address=manager_address).connect()
    except AuthenticationError as error:
        print(f'Child with another key, manager: {type(error).__name__}')
    with Client(listener_address) as connection:  # no authkey either
        connection.send('Hello, without any key')


if __name__ == '__main__':
    key = current_process().authkey
    print(f'Parent: {type(key).__name__}, {len(key)} bytes')
    try:
        pickle.dumps(key)
    except TypeError as error:
        print(f'pickle.dumps(authkey): {type(error).__name__}: {error}')
    with SyncManager(address=('127.0.0.1', 0)) as manager, Listener(('127.0.0.1', 0)) as listener:
        # bytes(...) only so that the child can compare
        p = Process(target=child, args=(bytes(key), manager.address, listener.address))
        p.start()
        with listener.accept() as connection:
            print(f'Listener without authkey receives: {connection.recv()!r}')
        p.join()
