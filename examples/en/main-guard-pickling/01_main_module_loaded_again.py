import multiprocessing as mp

print(f'Top level runs as {__name__}')


def work(number):
    print(f'Child {number}: work() comes from {work.__module__}')


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    for number in (1, 2):
        p = ctx.Process(target=work, args=(number,))
        p.start()
        p.join()  # one after the other, so that the order of the output is fixed
    print('Parent process: done')
