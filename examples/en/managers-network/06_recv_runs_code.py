import pickle
from multiprocessing import Process
from multiprocessing.connection import Client, Listener

KEY = b'just-an-example'


class Parcel:
    def __reduce__(self):
        # instruction to the receiver: call print(...), its result is the object
        return (print, ('Receiver: recv() prints this line itself.',))


def sender(address):
    with Client(address, authkey=KEY) as connection:
        connection.send(Parcel())


if __name__ == '__main__':
    print(f'Name of the class is in the pickle: {b"Parcel" in pickle.dumps(Parcel())}')
    with Listener(('127.0.0.1', 0), authkey=KEY) as listener:
        p = Process(target=sender, args=(listener.address,))
        p.start()
        with listener.accept() as connection:
            print('Receiver: before recv()')
            obj = connection.recv()
            print(f'Receiver: after recv(), received: {obj!r}')
        p.join()
