from concurrent.futures import ProcessPoolExecutor, as_completed


def quadrat(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(quadrat, 7)
        print(f'submit: {future.result()}')
        print(f'map: {list(executor.map(quadrat, range(6)))}')
        futures = [executor.submit(quadrat, x) for x in range(6)]
        fertig = sorted(f.result() for f in as_completed(futures))
        print(f'as_completed, sortiert: {fertig}')
