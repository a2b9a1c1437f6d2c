import os
from multiprocessing import Process, Queue


def beschraenke_dich(ergebnisse):
    erlaubt_vorher = len(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # nur noch eine der erlaubten CPUs
    ergebnisse.put((erlaubt_vorher, len(os.sched_getaffinity(0)), os.cpu_count()))


if __name__ == '__main__':
    ergebnisse = Queue()
    kind = Process(target=beschraenke_dich, args=(ergebnisse,))
    kind.start()
    erlaubt_vorher, erlaubt_nachher, cpu_count_im_kind = ergebnisse.get()
    kind.join()
    print(f'Kind vorher: so viele CPUs wie der Elternprozess: {erlaubt_vorher == len(os.sched_getaffinity(0))}')
    print(f'Kind nachher: len(os.sched_getaffinity(0)) = {erlaubt_nachher}')
    print(f'Kind nachher: os.cpu_count() unverändert: {cpu_count_im_kind == os.cpu_count()}')
    im_elternprozess = len(os.sched_getaffinity(0))
    print(f'Elternprozess: len(os.sched_getaffinity(0)) <= os.cpu_count(): {im_elternprozess <= os.cpu_count()}')
