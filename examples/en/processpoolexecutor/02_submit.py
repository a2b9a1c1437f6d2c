from concurrent.futures import ProcessPoolExecutor


def compute(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor() as executor:
        future = executor.submit(compute, 4)
        result = future.result()
        print(result)  # Output: 16
