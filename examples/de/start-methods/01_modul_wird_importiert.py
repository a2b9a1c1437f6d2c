from multiprocessing import Process

print(f'Modul geladen, __name__ = {__name__}')


def kind():
    print(f'Im Kindprozess: __name__ = {__name__}')


if __name__ == '__main__':
    p = Process(target=kind)
    p.start()
    p.join()
    print('Elternprozess: fertig')
