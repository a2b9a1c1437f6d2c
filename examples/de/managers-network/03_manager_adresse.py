from multiprocessing import AuthenticationError, Process
from multiprocessing.managers import BaseManager

SCHLUESSEL = b'nur-ein-beispiel'  # in echten Programmen: os.urandom(32)


class Lager:
    def __init__(self):
        self.bestand = {}

    def einlagern(self, artikel, anzahl):
        self.bestand[artikel] = self.bestand.get(artikel, 0) + anzahl

    def inventur(self):
        return dict(sorted(self.bestand.items()))


LAGER = Lager()  # wird im Manager-Prozess benutzt: ein Lager für alle Clients


def hole_lager():
    return LAGER


class LagerServer(BaseManager):
    pass


class LagerClient(BaseManager):
    pass


LagerServer.register('lager', callable=hole_lager)
LagerClient.register('lager')  # ohne callable: nur zum Verbinden


def kunde(adresse):
    try:
        LagerClient(address=adresse, authkey=b'falscher-schluessel').connect()
    except AuthenticationError as fehler:
        print(f'Kind mit falschem Schlüssel: {type(fehler).__name__}: {fehler}')
    client = LagerClient(address=adresse, authkey=SCHLUESSEL)
    client.connect()
    lager = client.lager()
    lager.einlagern('Schrauben', 100)
    print(f'Kind mit richtigem Schlüssel: Inventur {lager.inventur()}')


if __name__ == '__main__':
    with LagerServer(address=('127.0.0.1', 0), authkey=SCHLUESSEL) as server:
        host, port = server.address
        print(f'Server lauscht auf {host}, Port 0 ersetzt: {port != 0}')
        server.lager().einlagern('Muttern', 50)
        p = Process(target=kunde, args=(server.address,))
        p.start()
        p.join()
        print(f'Eltern: Inventur {server.lager().inventur()}')
