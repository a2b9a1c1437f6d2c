from multiprocessing import Process, active_children
from multiprocessing.managers import BaseManager


class Notizbuch:
    def __init__(self):
        self.eintraege = []

    def schreibe(self, text):
        self.eintraege.append(text)
        return len(self.eintraege)

    def alle(self):
        return self.eintraege


class NotizManager(BaseManager):
    pass


NotizManager.register('Notizbuch', Notizbuch)


def kind(buch):
    buch.schreibe('aus dem Kindprozess')


if __name__ == '__main__':
    manager = NotizManager()
    manager.start()  # startet den Manager-Prozess
    try:
        print(f'Adresse: {type(manager.address).__name__} (ein Unix-Socket, kein TCP)')
        buch = manager.Notizbuch()  # das Objekt entsteht im Manager-Prozess
        print(f'Typ des Proxys: {type(buch).__name__}')
        print(f'schreibe() gibt zurück: {buch.schreibe("aus dem Elternprozess")}')
        p = Process(target=kind, args=(buch,))
        p.start()
        p.join()
        print(f'alle(): {buch.alle()}')
        print(f'Laufende Kindprozesse: {len(active_children())} (der Manager-Prozess)')
    finally:
        manager.shutdown()
    print(f'Nach shutdown(): {len(active_children())}')
