from multiprocessing import Process, Value

ZAEHLER_GLOBAL = Value('i', 0, lock=False)  # auf Modulebene; ohne Lock, siehe Warnung unten


def erhoehe(zaehler_argument):
    ZAEHLER_GLOBAL.value += 1
    zaehler_argument.value += 1


if __name__ == '__main__':
    zaehler_argument = Value('i', 0)
    p = Process(target=erhoehe, args=(zaehler_argument,))
    p.start()
    p.join()
    print(f'Globaler Value im Elternprozess: {ZAEHLER_GLOBAL.value}')
    print(f'Als Argument übergebener Value:  {zaehler_argument.value}')
