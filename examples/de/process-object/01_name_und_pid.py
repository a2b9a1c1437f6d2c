import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Process, current_process, parent_process


def enkel():
    print(f'  Enkel: {current_process().name}, Elternprozess {parent_process().name}')


def kind(eltern_pid):
    print(f'Kind: {current_process().name}, Elternprozess {parent_process().name}')
    print(f'  current_process().pid == os.getpid(): {current_process().pid == os.getpid()}')
    print(f'  parent_process().pid == eltern_pid:   {parent_process().pid == eltern_pid}')
    print(f'  os.getppid() == eltern_pid:           {os.getppid() == eltern_pid}')
    p = Process(target=enkel)
    p.start()
    p.join()


def name_im_worker():
    return current_process().name


if __name__ == '__main__':
    print(f'Hauptprogramm: {current_process().name}, parent_process() = {parent_process()}')
    p = Process(target=kind, args=(os.getpid(),))
    print(f'Vor start(): name={p.name}, pid={p.pid}')
    p.start()
    p.join()  # erst danach ausgeben: sonst mischen sich die Zeilen mit denen des Kindprozesses
    print(f'Nach join(): p.pid != os.getpid(): {p.pid != os.getpid()}')
    print(f'Mit eigenem Namen: {Process(target=kind, name="Rechner").name}')
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'Worker des ProcessPoolExecutor: {executor.submit(name_im_worker).result()}')
