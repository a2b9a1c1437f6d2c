import sys

if __name__ == '__main__':
    objekte = {'None': None, 'kleine Zahl 7': 7, 'große Zahl': int('1000000'), 'leere Liste': []}
    vorher = {name: sys.getrefcount(objekt) for name, objekt in objekte.items()}
    halter = list(objekte.values()) * 1000  # je 1000 neue Referenzen
    for name, objekt in objekte.items():
        print(f'{name}: Referenzzähler um {sys.getrefcount(objekt) - vorher[name]} gewachsen')
