from concurrent.futures import ProcessPoolExecutor

EINSTELLUNG = 'Wert aus dem Modul'


def lies_einstellung():
    return EINSTELLUNG


if __name__ == '__main__':
    EINSTELLUNG = 'im Elternprozess geändert'
    print(f'Elternprozess: {EINSTELLUNG}')
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'Kindprozess:   {executor.submit(lies_einstellung).result()}')
