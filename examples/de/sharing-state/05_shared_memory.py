from multiprocessing import Process
from multiprocessing.shared_memory import SharedMemory


def kind(name, laenge):
    shm = SharedMemory(name=name)  # anhängen, nicht erzeugen
    try:
        text = bytes(shm.buf[:laenge]).decode()
        shm.buf[:laenge] = text.upper().encode()
    finally:
        shm.close()  # nur close(): das Kind hat den Block nicht erzeugt


if __name__ == '__main__':
    daten = b'Hallo aus dem Elternprozess'
    shm = SharedMemory(create=True, size=len(daten))
    try:
        print(f'Angefordert: {len(daten)} Bytes, shm.size mindestens so groß: {shm.size >= len(daten)}')
        shm.buf[:len(daten)] = daten
        p = Process(target=kind, args=(shm.name, len(daten)))  # nur Name und Länge
        p.start()
        p.join()
        print(f'Nach dem Kindprozess: {bytes(shm.buf[:len(daten)]).decode()}')
    finally:
        shm.close()
        shm.unlink()  # nur der Erzeuger, genau einmal
