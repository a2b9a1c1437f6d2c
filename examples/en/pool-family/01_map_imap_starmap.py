from multiprocessing import Pool


def square(x):
    return x * x


def power(base, exponent):
    return base**exponent


if __name__ == '__main__':
    with Pool() as pool:
        print(pool.map(square, range(6)))  # finished list, waits for all results

        results = pool.imap(square, range(6))  # iterator, delivers one by one
        print(f'first result: {next(results)}')
        print(f'the rest: {list(results)}')

        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
