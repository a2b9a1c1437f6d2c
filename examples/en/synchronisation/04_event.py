from multiprocessing import Event, Process, Value


def child(start_signal, configuration):
    start_signal.wait()  # blocks until the parent calls set()
    print(f'Child: got the start signal, configuration = {configuration.value}', flush=True)


if __name__ == '__main__':
    start_signal = Event()
    configuration = Value('i', 0)
    p = Process(target=child, args=(start_signal, configuration))
    p.start()

    # Nobody has called set(): wait() returns False after the timeout
    print(f'Parent: wait(timeout=0.1) returns {start_signal.wait(timeout=0.1)}', flush=True)

    configuration.value = 42
    print('Parent: configuration is ready, setting the start signal', flush=True)
    start_signal.set()
    p.join()
    print('Parent: child has finished')
