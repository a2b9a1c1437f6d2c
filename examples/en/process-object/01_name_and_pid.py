import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Process, current_process, parent_process


def grandchild():
    print(f'  Grandchild: {current_process().name}, parent process {parent_process().name}')


def child(parent_pid):
    print(f'Child: {current_process().name}, parent process {parent_process().name}')
    print(f'  current_process().pid == os.getpid(): {current_process().pid == os.getpid()}')
    print(f'  parent_process().pid == parent_pid:   {parent_process().pid == parent_pid}')
    print(f'  os.getppid() == parent_pid:           {os.getppid() == parent_pid}')
    p = Process(target=grandchild)
    p.start()
    p.join()


def name_in_worker():
    return current_process().name


if __name__ == '__main__':
    print(f'Main program: {current_process().name}, parent_process() = {parent_process()}')
    p = Process(target=child, args=(os.getpid(),))
    print(f'Before start(): name={p.name}, pid={p.pid}')
    p.start()
    p.join()  # print only afterwards: otherwise the lines mix with the child process's lines
    print(f'After join(): p.pid != os.getpid(): {p.pid != os.getpid()}')
    print(f'With its own name: {Process(target=child, name="Calculator").name}')
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'Worker of the ProcessPoolExecutor: {executor.submit(name_in_worker).result()}')
