import pickle
import socket
from concurrent.futures import ProcessPoolExecutor


def lies(verbindung):  # läuft im Worker
    with verbindung:
        return verbindung.recv(100).decode()


if __name__ == '__main__':
    eltern_seite, worker_seite = socket.socketpair()
    try:
        pickle.dumps(worker_seite)
    except TypeError as fehler:
        print(f'pickle.dumps(): {type(fehler).__name__}')

    eltern_seite.sendall('Hallo über den Socket'.encode())
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'Im Worker gelesen: {executor.submit(lies, worker_seite).result()}')
    eltern_seite.close()
    worker_seite.close()
