from multiprocessing import Process
from multiprocessing.connection import Client, Listener

SCHLUESSEL = b'nur-ein-beispiel'


def client(adresse):
    with Client(adresse, authkey=SCHLUESSEL) as verbindung:
        verbindung.send({'auftrag': 'summe', 'werte': [1, 2, 3.5]})
        print(f'Client erhält: {verbindung.recv()!r}')


if __name__ == '__main__':
    with Listener(('127.0.0.1', 0), authkey=SCHLUESSEL) as listener:
        adresse = listener.address
        print(f'Listener auf {adresse[0]}, Port gewählt: {adresse[1] != 0}')
        p = Process(target=client, args=(adresse,))
        p.start()
        with listener.accept() as verbindung:
            print(f'Verbindung von {listener.last_accepted[0]}')
            nachricht = verbindung.recv()
            print(f'Server erhält: {nachricht!r}')
            verbindung.send(('ergebnis', sum(nachricht['werte'])))
        p.join()
    try:
        Client(adresse, authkey=SCHLUESSEL)
    except ConnectionRefusedError as fehler:
        print(f'Nach dem with-Block: {type(fehler).__name__}')
