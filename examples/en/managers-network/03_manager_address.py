from multiprocessing import AuthenticationError, Process
from multiprocessing.managers import BaseManager

KEY = b'just-an-example'  # in real programs: os.urandom(32)


class Store:
    def __init__(self):
        self.stock = {}

    def put_in(self, item, count):
        self.stock[item] = self.stock.get(item, 0) + count

    def inventory(self):
        return dict(sorted(self.stock.items()))


STORE = Store()  # used in the manager process: one store for all clients


def get_store():
    return STORE


class StoreServer(BaseManager):
    pass


class StoreClient(BaseManager):
    pass


StoreServer.register('store', callable=get_store)
StoreClient.register('store')  # no callable: for connecting only


def customer(address):
    try:
        StoreClient(address=address, authkey=b'wrong-key').connect()
    except AuthenticationError as error:
        print(f'Child with the wrong key: {type(error).__name__}: {error}')
    client = StoreClient(address=address, authkey=KEY)
    client.connect()
    store = client.store()
    store.put_in('screws', 100)
    print(f'Child with the right key: inventory {store.inventory()}')


if __name__ == '__main__':
    with StoreServer(address=('127.0.0.1', 0), authkey=KEY) as server:
        host, port = server.address
        print(f'Server listens on {host}, port 0 replaced: {port != 0}')
        server.store().put_in('nuts', 50)
        p = Process(target=customer, args=(server.address,))
        p.start()
        p.join()
        print(f'Parent: inventory {server.store().inventory()}')
