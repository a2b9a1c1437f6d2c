from multiprocessing import Event, Process, active_children


def warte_auf(ereignis):
    ereignis.wait()


def zustand(p):
    return f'is_alive()={p.is_alive()}, exitcode={p.exitcode}'


def lebende():
    return sorted(p.name for p in active_children())


if __name__ == '__main__':
    ende_a, ende_b = Event(), Event()
    a = Process(target=warte_auf, args=(ende_a,), name='A')
    b = Process(target=warte_auf, args=(ende_b,), name='B')
    print(f'Vor start():     {zustand(a)}, active_children(): {lebende()}')
    a.start()
    b.start()
    print(f'Nach start():    {zustand(a)}, active_children(): {lebende()}')
    ende_a.set()
    a.join()
    print(f'A nach join():   {zustand(a)}, active_children(): {lebende()}')
    ende_b.set()
    b.join()
    print(f'B nach join():   {zustand(b)}, active_children(): {lebende()}')
