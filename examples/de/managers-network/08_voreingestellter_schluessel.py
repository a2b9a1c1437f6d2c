import pickle
from multiprocessing import AuthenticationError, Process, current_process
from multiprocessing.connection import Client, Listener
from multiprocessing.managers import SyncManager


def kind(schluessel_der_eltern, manager_adresse, listener_adresse):
    print(f'Kind: Schlüssel geerbt: {bytes(current_process().authkey) == schluessel_der_eltern}')
    SyncManager(address=manager_adresse).connect()  # ohne authkey
    print('Kind: mit dem Manager verbunden, ohne authkey anzugeben')
    current_process().authkey = b'ein-anderer-schluessel'
    try:
        SyncManager(address=manager_adresse).connect()
    except AuthenticationError as fehler:
        print(f'Kind mit anderem Schlüssel, Manager: {type(fehler).__name__}')
    with Client(listener_adresse) as verbindung:  # auch ohne authkey
        verbindung.send('Hallo, ganz ohne Schlüssel')


if __name__ == '__main__':
    schluessel = current_process().authkey
    print(f'Eltern: {type(schluessel).__name__}, {len(schluessel)} Bytes')
    try:
        pickle.dumps(schluessel)
    except TypeError as fehler:
        print(f'pickle.dumps(authkey): {type(fehler).__name__}: {fehler}')
    with SyncManager(address=('127.0.0.1', 0)) as manager, Listener(('127.0.0.1', 0)) as listener:
        # bytes(...) nur, um im Kind vergleichen zu können
        p = Process(target=kind, args=(bytes(schluessel), manager.address, listener.address))
        p.start()
        with listener.accept() as verbindung:
            print(f'Listener ohne authkey erhält: {verbindung.recv()!r}')
        p.join()
