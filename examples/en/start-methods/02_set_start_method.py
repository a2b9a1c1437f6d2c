import multiprocessing


def child():
    print('Child process running')


if __name__ == '__main__':
    multiprocessing.set_start_method('spawn')
    print(f'Start method: {multiprocessing.get_start_method()}')

    p = multiprocessing.Process(target=child)
    p.start()
    p.join()

    try:
        multiprocessing.set_start_method('spawn')  # a second time
    except RuntimeError as error:
        print(f'Second call: RuntimeError: {error}')
