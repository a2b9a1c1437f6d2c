from multiprocessing import Event, Process, active_children


def wait_for(event):
    event.wait()


def state(p):
    return f'is_alive()={p.is_alive()}, exitcode={p.exitcode}'


def alive():
    return sorted(p.name for p in active_children())


if __name__ == '__main__':
    end_a, end_b = Event(), Event()
    a = Process(target=wait_for, args=(end_a,), name='A')
    b = Process(target=wait_for, args=(end_b,), name='B')
    print(f'Before start():  {state(a)}, active_children(): {alive()}')
    a.start()
    b.start()
    print(f'After start():   {state(a)}, active_children(): {alive()}')
    end_a.set()
    a.join()
    print(f'A after join():  {state(a)}, active_children(): {alive()}')
    end_b.set()
    b.join()
    print(f'B after join():  {state(b)}, active_children(): {alive()}')
