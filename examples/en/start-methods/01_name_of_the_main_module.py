from multiprocessing import Process


def child():
    print(f'Child process:  __name__ = {__name__}')


if __name__ == '__main__':
    print(f'Parent process: __name__ = {__name__}')
    p = Process(target=child)
    p.start()
    p.join()
