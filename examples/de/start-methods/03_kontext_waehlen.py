import multiprocessing


def melde(q):
    q.put(f'Kindprozess: __name__ = {__name__}')


if __name__ == '__main__':
    ctx = multiprocessing.get_context('spawn')
    print(f'Kontext: {ctx.get_start_method()}')

    q = ctx.Queue()
    p = ctx.Process(target=melde, args=(q,))
    p.start()
    print(q.get())
    p.join()
