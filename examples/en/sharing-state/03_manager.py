from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager


def work(number, results, log, settings):
    results[number] = number * settings.factor
    log.append(f'task {number} done')


if __name__ == '__main__':
    with Manager() as manager:
        results = manager.dict()
        log = manager.list()
        settings = manager.Namespace(factor=10)

        with ProcessPoolExecutor(max_workers=2) as executor:
            futures = [executor.submit(work, n, results, log, settings) for n in range(4)]
            for future in futures:
                future.result()  # re-raises exceptions from the workers

        print(f'Type of a proxy: {type(results).__name__}')
        print(f'Results: {dict(sorted(results.items()))}')
        print(f'Log:     {sorted(log)}')
