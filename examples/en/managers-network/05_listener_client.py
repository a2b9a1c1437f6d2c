from multiprocessing import Process
from multiprocessing.connection import Client, Listener

KEY = b'just-an-example'


def client(address):
    with Client(address, authkey=KEY) as connection:
        connection.send({'task': 'sum', 'values': [1, 2, 3.5]})
        print(f'Client receives: {connection.recv()!r}')


if __name__ == '__main__':
    with Listener(('127.0.0.1', 0), authkey=KEY) as listener:
        address = listener.address
        print(f'Listener on {address[0]}, port chosen: {address[1] != 0}')
        p = Process(target=client, args=(address,))
        p.start()
        with listener.accept() as connection:
            print(f'Connection from {listener.last_accepted[0]}')
            message = connection.recv()
            print(f'Server receives: {message!r}')
            connection.send(('result', sum(message['values'])))
        p.join()
    try:
        Client(address, authkey=KEY)
    except ConnectionRefusedError as error:
        print(f'After the with block: {type(error).__name__}')
