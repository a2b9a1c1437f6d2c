from multiprocessing.managers import BaseManager


class Notebook:
    def __init__(self):
        self.entries = []

    def write(self, text):
        self.entries.append(text)

    def all(self):
        return self.entries

    def entry(self, number):
        return self.entries[number]


class NotebookManager(BaseManager):
    pass


NotebookManager.register('Notebook', Notebook)


if __name__ == '__main__':
    with NotebookManager() as manager:
        notebook = manager.Notebook()
        notebook.write('first entry')
        copy = notebook.all()
        copy.append('only in the copy')
        print(f'Copy:           {copy}')
        print(f'in the manager: {notebook.all()}')
        print(f'notebook.all() is notebook.all(): {notebook.all() is notebook.all()}')
        print(f'Attribute entries on the proxy: {hasattr(notebook, "entries")}')
        try:
            notebook.entry(5)
        except IndexError as error:
            print(f'Exception from the manager process: {type(error).__name__}: {error}')
