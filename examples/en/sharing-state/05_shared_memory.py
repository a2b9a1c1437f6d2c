from multiprocessing import Process
from multiprocessing.shared_memory import SharedMemory


def child(name, length):
    shm = SharedMemory(name=name)  # attach, do not create
    try:
        text = bytes(shm.buf[:length]).decode()
        shm.buf[:length] = text.upper().encode()
    finally:
        shm.close()  # only close(): the child did not create the block


if __name__ == '__main__':
    data = b'Hello from the parent process'
    shm = SharedMemory(create=True, size=len(data))
    try:
        print(f'Requested: {len(data)} bytes, shm.size at least as large: {shm.size >= len(data)}')
        shm.buf[:len(data)] = data
        p = Process(target=child, args=(shm.name, len(data)))  # only name and length
        p.start()
        p.join()
        print(f'After the child process: {bytes(shm.buf[:len(data)]).decode()}')
    finally:
        shm.close()
        shm.unlink()  # only the creator, exactly once
