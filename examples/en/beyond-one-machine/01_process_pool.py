from concurrent.futures import ProcessPoolExecutor, as_completed


def square(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(square, 7)
        print(f'submit: {future.result()}')
        print(f'map: {list(executor.map(square, range(6)))}')
        futures = [executor.submit(square, x) for x in range(6)]
        finished = sorted(f.result() for f in as_completed(futures))
        print(f'as_completed, sorted: {finished}')
