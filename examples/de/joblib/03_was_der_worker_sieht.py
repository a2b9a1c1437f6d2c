import sys

from joblib import Parallel, delayed

EINSTELLUNG = 'Wert auf Modulebene'


def lies():
    return EINSTELLUNG, getattr(sys, 'eigene_einstellung', 'fehlt')


if __name__ == '__main__':
    EINSTELLUNG = 'im __main__-Block geändert'
    sys.eigene_einstellung = 'im Elternprozess gesetzt'
    globale_variable, modul_attribut = Parallel(n_jobs=2)(delayed(lies)() for _ in range(2))[0]
    print(f'Globale Variable des Skripts: {globale_variable}')
    print(f'Attribut im Modul sys: {modul_attribut}')
