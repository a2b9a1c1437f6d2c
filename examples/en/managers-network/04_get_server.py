import os
import signal
from multiprocessing import Pipe, Process
from multiprocessing.managers import BaseManager

KEY = b'just-an-example'
ORDERS = []


def get_orders():
    return ORDERS


class OrderServer(BaseManager):
    pass


class OrderClient(BaseManager):
    pass


OrderServer.register('orders', callable=get_orders)
OrderClient.register('orders')


def server_program(report_address):
    server = OrderServer(address=('127.0.0.1', 0), authkey=KEY).get_server()
    report_address.send(server.address)
    report_address.close()
    server.serve_forever()  # blocks until Ctrl-C (SIGINT) arrives


if __name__ == '__main__':
    receiver, sender = Pipe(duplex=False)
    p = Process(target=server_program, args=(sender,))
    p.start()
    address = receiver.recv()
    client = OrderClient(address=address, authkey=KEY)
    client.connect()
    orders = client.orders()
    orders.append('order 1')
    print(f'Orders in the server process: {orders}')
    del orders  # releases the object in the server while it still runs
    os.kill(p.pid, signal.SIGINT)
    p.join()
    print(f'Server process ended, exit code {p.exitcode}')
