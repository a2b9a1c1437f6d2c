from multiprocessing import Process


def meine_funktion(name):
    print(f'Prozess {name} läuft')


if __name__ == '__main__':
    p = Process(target=meine_funktion, args=('Python',))
    p.start()
    p.join()  # auf das Ende des Prozesses warten
