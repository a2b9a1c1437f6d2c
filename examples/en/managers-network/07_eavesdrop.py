import socket
import threading
from multiprocessing.connection import Client, Listener

KEY = b'top-secret-key'


def pass_on(source, target, recording):
    while True:
        data = source.recv(4096)
        if not data:
            break
        recording.append(data)
        target.sendall(data)
    try:
        target.shutdown(socket.SHUT_WR)  # pass on the end of the data
    except OSError:
        pass  # the other side is already closed


def relay(relay_socket, destination, recording):
    from_client, _ = relay_socket.accept()
    with from_client, socket.create_connection(destination) as to_server:
        way_back = threading.Thread(target=pass_on, args=(to_server, from_client, recording))
        way_back.start()
        pass_on(from_client, to_server, recording)
        way_back.join()


def client(address):
    with Client(address, authkey=KEY) as connection:
        connection.send({'account': 'DE00 1234 5678', 'amount': 250})


if __name__ == '__main__':
    recording = []
    with Listener(('127.0.0.1', 0), authkey=KEY) as listener, \
            socket.create_server(('127.0.0.1', 0)) as relay_socket:
        eavesdropper = threading.Thread(target=relay, args=(relay_socket, listener.address, recording))
        eavesdropper.start()
        sender = threading.Thread(target=client, args=(relay_socket.getsockname(),))
        sender.start()
        with listener.accept() as connection:
            print(f'Listener receives: {connection.recv()}')
        sender.join()
        eavesdropper.join()
    everything = b''.join(recording)
    print(f'Account number in the recording: {b"DE00 1234 5678" in everything}')
    print(f'Key in the recording:            {KEY in everything}')
