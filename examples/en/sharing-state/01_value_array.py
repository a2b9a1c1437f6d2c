from multiprocessing import Array, Process, Value


def update(temperature, readings, label):
    temperature.value = 21.5
    readings[1:3] = [20, 30]  # slice assignment: same length as the slice
    label.value = b'done'


if __name__ == '__main__':
    temperature = Value('d', 0.0)  # 'd': C double (float)
    readings = Array('i', [1, 2, 3, 4])  # 'i': C int
    label = Array('c', 8)  # 'c': one byte per element, room for 8 bytes here
    without_lock = Value('i', 0, lock=False)

    print(f'Types: {type(temperature).__name__}, {type(readings).__name__}, {type(without_lock).__name__}')
    print(f'has get_lock(): {hasattr(temperature, "get_lock")}, without lock: {hasattr(without_lock, "get_lock")}')
    without_lock.value = 2**31  # one more than a 32-bit C int holds
    print(f'without_lock.value after 2**31: {without_lock.value}')

    p = Process(target=update, args=(temperature, readings, label))
    p.start()
    p.join()

    print(f'temperature.value = {temperature.value}')
    print(f'readings[:] = {readings[:]}, readings[1:3] = {readings[1:3]}')
    print(f'label.value = {label.value}')
