from multiprocessing import Array, Process, Value


def update_shared(value, array):
    value.value = 3.14159
    for i in range(len(array)):
        array[i] = -array[i]


if __name__ == '__main__':
    shared_value = Value('d', 0.0)
    shared_array = Array('i', range(5))

    print(f'Before: {shared_value.value}, {shared_array[:]}')

    p = Process(target=update_shared, args=(shared_value, shared_array))
    p.start()
    p.join()

    print(f'After: {shared_value.value}, {shared_array[:]}')
