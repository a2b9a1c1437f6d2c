import multiprocessing


def report(q):
    q.put(f'Child process: __name__ = {__name__}')


if __name__ == '__main__':
    ctx = multiprocessing.get_context('spawn')
    print(f'Context: {ctx.get_start_method()}')

    q = ctx.Queue()
    p = ctx.Process(target=report, args=(q,))
    p.start()
    print(q.get())
    p.join()
