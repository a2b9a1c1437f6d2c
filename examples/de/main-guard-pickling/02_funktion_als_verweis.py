import pickle
import pickletools


def quadrat(x):
    return x * x


if __name__ == '__main__':
    daten = pickle.dumps(quadrat)
    namen = [argument for _, argument, _ in pickletools.genops(daten) if isinstance(argument, str)]
    print(f'{len(daten)} Bytes, darin nur die Namen: {namen}')
    print(f'Entpackt ist es dieselbe Funktion: {pickle.loads(daten) is quadrat}')
