from multiprocessing import Manager, Process


def wrong(items, ns):
    items[0].append(1)  # changes only a copy in the child process
    ns.data.append(1)  # same here


def right(items, ns):
    row = items[0]  # fetch a copy,
    row.append(1)  # change it
    items[0] = row  # and write it back
    data = ns.data
    data.append(1)
    ns.data = data


if __name__ == '__main__':
    with Manager() as manager:
        for function in (wrong, right):
            items = manager.list([[]])
            ns = manager.Namespace(data=[])
            p = Process(target=function, args=(items, ns))
            p.start()
            p.join()
            print(f'{function.__name__:6} items = {items[:]}, ns.data = {ns.data}')

        nested = manager.list([manager.list()])  # the inner list is a proxy too
        nested[0].append(1)
        print(f'nested proxy: {nested[0][:]}')
