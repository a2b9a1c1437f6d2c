from multiprocessing import Process


def my_function(name):
    print(f'Process {name} is running')


if __name__ == '__main__':
    p = Process(target=my_function, args=('Python',))
    p.start()
    p.join()  # wait for the process to finish
