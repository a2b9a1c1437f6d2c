from multiprocessing import Process


def kind():
    print(f'Kindprozess:   __name__ = {__name__}')


if __name__ == '__main__':
    print(f'Elternprozess: __name__ = {__name__}')
    p = Process(target=kind)
    p.start()
    p.join()
