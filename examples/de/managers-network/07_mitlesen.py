import socket
import threading
from multiprocessing.connection import Client, Listener

SCHLUESSEL = b'streng-geheimer-schluessel'


def weiterreichen(von, nach, mitschnitt):
    while True:
        daten = von.recv(4096)
        if not daten:
            break
        mitschnitt.append(daten)
        nach.sendall(daten)
    try:
        nach.shutdown(socket.SHUT_WR)  # das Ende der Daten weitergeben
    except OSError:
        pass  # die Gegenseite ist schon geschlossen


def relais(relais_socket, ziel, mitschnitt):
    von_client, _ = relais_socket.accept()
    with von_client, socket.create_connection(ziel) as zum_server:
        rueckweg = threading.Thread(target=weiterreichen, args=(zum_server, von_client, mitschnitt))
        rueckweg.start()
        weiterreichen(von_client, zum_server, mitschnitt)
        rueckweg.join()


def client(adresse):
    with Client(adresse, authkey=SCHLUESSEL) as verbindung:
        verbindung.send({'kontonummer': 'DE00 1234 5678', 'betrag': 250})


if __name__ == '__main__':
    mitschnitt = []
    with Listener(('127.0.0.1', 0), authkey=SCHLUESSEL) as listener, \
            socket.create_server(('127.0.0.1', 0)) as relais_socket:
        mitleser = threading.Thread(target=relais, args=(relais_socket, listener.address, mitschnitt))
        mitleser.start()
        sender = threading.Thread(target=client, args=(relais_socket.getsockname(),))
        sender.start()
        with listener.accept() as verbindung:
            print(f'Listener erhält: {verbindung.recv()}')
        sender.join()
        mitleser.join()
    alles = b''.join(mitschnitt)
    print(f'Kontonummer im Mitschnitt: {b"DE00 1234 5678" in alles}')
    print(f'Schlüssel im Mitschnitt:   {SCHLUESSEL in alles}')
