from multiprocessing import Process

print(f'Module loaded, __name__ = {__name__}')


def child():
    print(f'In the child process: __name__ = {__name__}')


if __name__ == '__main__':
    p = Process(target=child)
    p.start()
    p.join()
    print('Parent process: done')
