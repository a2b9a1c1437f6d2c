import multiprocessing


def kind():
    print('Kindprozess läuft')


if __name__ == '__main__':
    multiprocessing.set_start_method('spawn')
    print(f'Startmethode: {multiprocessing.get_start_method()}')

    p = multiprocessing.Process(target=kind)
    p.start()
    p.join()

    try:
        multiprocessing.set_start_method('spawn')  # ein zweites Mal
    except RuntimeError as fehler:
        print(f'Zweiter Aufruf: RuntimeError: {fehler}')
