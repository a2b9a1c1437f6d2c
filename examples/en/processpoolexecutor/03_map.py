from concurrent.futures import ProcessPoolExecutor


def compute(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor() as executor:
        results = executor.map(compute, [1, 2, 3, 4, 5])
        for result in results:
            print(result)
