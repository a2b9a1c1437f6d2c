from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


class MessFehler(Exception):
    def __init__(self, wert, grenze):
        super().__init__(f'{wert} > {grenze}')  # args enthält nur die Meldung


class GrenzFehler(Exception):
    def __init__(self, wert, grenze):
        super().__init__(wert, grenze)  # args enthält beide Argumente
        self.wert = wert
        self.grenze = grenze

    def __str__(self):
        return f'{self.wert} > {self.grenze}'


def pruefe(klasse, wert):
    raise klasse(wert, 10)


if __name__ == '__main__':
    for klasse in (MessFehler, GrenzFehler):
        with ProcessPoolExecutor(max_workers=1) as executor:
            try:
                executor.submit(pruefe, klasse, 11).result()
            except BrokenProcessPool as fehler:
                print(f'{klasse.__name__}: {type(fehler).__name__}')
                print(f"  __cause__ nennt TypeError: {'TypeError' in str(fehler.__cause__)}")
            except klasse as fehler:
                print(f'{klasse.__name__}: {type(fehler).__name__}: {fehler}, args={fehler.args}')
