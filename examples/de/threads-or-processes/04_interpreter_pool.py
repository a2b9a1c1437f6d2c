import concurrent.futures


def waehle_executor():
    # InterpreterPoolExecutor gibt es ab Python 3.14; vorher fehlt das Attribut
    klasse = getattr(concurrent.futures, 'InterpreterPoolExecutor', None)
    return klasse if klasse is not None else concurrent.futures.ProcessPoolExecutor


def ja_nein(wert):
    return 'ja' if wert else 'nein'


if __name__ == '__main__':
    bereiche = [range(0, 1_000_000, schritt) for schritt in (1, 2, 3, 4)]

    with waehle_executor()(max_workers=2) as executor:
        summen = list(executor.map(sum, bereiche))

    print(f'Summen: {summen}')
    print(f'Gleich wie im Hauptprozess: {ja_nein(summen == [sum(bereich) for bereich in bereiche])}')
