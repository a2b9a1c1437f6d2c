import pickle
from multiprocessing import Process
from multiprocessing.connection import Client, Listener

SCHLUESSEL = b'nur-ein-beispiel'


class Paket:
    def __reduce__(self):
        # Anweisung an den Empfänger: rufe print(...) auf, das Ergebnis ist das Objekt
        return (print, ('Empfänger: Diese Zeile druckt recv() selbst.',))


def absender(adresse):
    with Client(adresse, authkey=SCHLUESSEL) as verbindung:
        verbindung.send(Paket())


if __name__ == '__main__':
    print(f'Name der Klasse steht im Pickle: {b"Paket" in pickle.dumps(Paket())}')
    with Listener(('127.0.0.1', 0), authkey=SCHLUESSEL) as listener:
        p = Process(target=absender, args=(listener.address,))
        p.start()
        with listener.accept() as verbindung:
            print('Empfänger: vor recv()')
            objekt = verbindung.recv()
            print(f'Empfänger: nach recv(), erhalten: {objekt!r}')
        p.join()
