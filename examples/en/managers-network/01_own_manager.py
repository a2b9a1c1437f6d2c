from multiprocessing import Process, active_children
from multiprocessing.managers import BaseManager


class Notebook:
    def __init__(self):
        self.entries = []

    def write(self, text):
        self.entries.append(text)
        return len(self.entries)

    def all(self):
        return self.entries


class NotebookManager(BaseManager):
    pass


NotebookManager.register('Notebook', Notebook)


def child(notebook):
    notebook.write('from the child process')


if __name__ == '__main__':
    manager = NotebookManager()
    manager.start()  # starts the manager process
    try:
        print(f'Address: {type(manager.address).__name__} (a Unix socket, not TCP)')
        notebook = manager.Notebook()  # the object is created in the manager process
        print(f'Type of the proxy: {type(notebook).__name__}')
        print(f'write() returns: {notebook.write("from the parent process")}')
        p = Process(target=child, args=(notebook,))
        p.start()
        p.join()
        print(f'all(): {notebook.all()}')
        print(f'Running child processes: {len(active_children())} (the manager process)')
    finally:
        manager.shutdown()
    print(f'After shutdown(): {len(active_children())}')
