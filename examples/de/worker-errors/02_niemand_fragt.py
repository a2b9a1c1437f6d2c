from concurrent.futures import ProcessPoolExecutor


def teile(a, b):
    return a / b


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=1) as executor:
        executor.submit(teile, 1, 0)  # ZeroDivisionError im Worker; das Future wird verworfen
    print('Programm endet normal, ohne Meldung auf stderr')
