from multiprocessing.managers import BaseManager


class Notizbuch:
    def __init__(self):
        self.eintraege = []

    def schreibe(self, text):
        self.eintraege.append(text)

    def alle(self):
        return self.eintraege

    def eintrag(self, nummer):
        return self.eintraege[nummer]


class NotizManager(BaseManager):
    pass


NotizManager.register('Notizbuch', Notizbuch)


if __name__ == '__main__':
    with NotizManager() as manager:
        buch = manager.Notizbuch()
        buch.schreibe('erster Eintrag')
        kopie = buch.alle()
        kopie.append('nur in der Kopie')
        print(f'Kopie:      {kopie}')
        print(f'im Manager: {buch.alle()}')
        print(f'buch.alle() is buch.alle(): {buch.alle() is buch.alle()}')
        print(f'Attribut eintraege am Proxy: {hasattr(buch, "eintraege")}')
        try:
            buch.eintrag(5)
        except IndexError as fehler:
            print(f'Ausnahme aus dem Manager-Prozess: {type(fehler).__name__}: {fehler}')
