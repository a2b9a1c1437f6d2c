from multiprocessing import Array, Process, Value


def bearbeite(temperatur, messwerte, kennung):
    temperatur.value = 21.5
    messwerte[1:3] = [20, 30]  # Slice-Zuweisung: gleiche Länge wie der Ausschnitt
    kennung.value = b'fertig'


if __name__ == '__main__':
    temperatur = Value('d', 0.0)  # 'd': C-double (float)
    messwerte = Array('i', [1, 2, 3, 4])  # 'i': C-int
    kennung = Array('c', 8)  # 'c': ein Byte je Element, hier 8 Bytes Platz
    ohne_lock = Value('i', 0, lock=False)

    print(f'Typen: {type(temperatur).__name__}, {type(messwerte).__name__}, {type(ohne_lock).__name__}')
    print(f'hat get_lock(): {hasattr(temperatur, "get_lock")}, ohne Lock: {hasattr(ohne_lock, "get_lock")}')
    ohne_lock.value = 2**31  # eins mehr, als ein C-int mit 32 Bit fasst
    print(f'ohne_lock.value nach 2**31: {ohne_lock.value}')

    p = Process(target=bearbeite, args=(temperatur, messwerte, kennung))
    p.start()
    p.join()

    print(f'temperatur.value = {temperatur.value}')
    print(f'messwerte[:] = {messwerte[:]}, messwerte[1:3] = {messwerte[1:3]}')
    print(f'kennung.value = {kennung.value}')
