import os
import signal
from multiprocessing import Pipe, Process
from multiprocessing.managers import BaseManager

SCHLUESSEL = b'nur-ein-beispiel'
AUFTRAEGE = []


def hole_auftraege():
    return AUFTRAEGE


class AuftragsServer(BaseManager):
    pass


class AuftragsClient(BaseManager):
    pass


AuftragsServer.register('auftraege', callable=hole_auftraege)
AuftragsClient.register('auftraege')


def serverprogramm(melde_adresse):
    server = AuftragsServer(address=('127.0.0.1', 0), authkey=SCHLUESSEL).get_server()
    melde_adresse.send(server.address)
    melde_adresse.close()
    server.serve_forever()  # blockiert, bis Strg+C (SIGINT) kommt


if __name__ == '__main__':
    empfaenger, sender = Pipe(duplex=False)
    p = Process(target=serverprogramm, args=(sender,))
    p.start()
    adresse = empfaenger.recv()
    client = AuftragsClient(address=adresse, authkey=SCHLUESSEL)
    client.connect()
    auftraege = client.auftraege()
    auftraege.append('Auftrag 1')
    print(f'Aufträge im Serverprozess: {auftraege}')
    del auftraege  # gibt das Objekt im Server frei, solange er noch läuft
    os.kill(p.pid, signal.SIGINT)
    p.join()
    print(f'Serverprozess beendet, Exit-Code {p.exitcode}')
