from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, Process, current_process


def empty_task():
    pass


def start_child_process(_):
    child = Process(target=empty_task)
    child.start()
    child.join()
    return f'daemon={current_process().daemon}, child process ended with exit code {child.exitcode}'


if __name__ == '__main__':
    with Pool(processes=1) as pool:
        try:
            print(f'Pool: {pool.apply(start_child_process, (0,))}')
        except AssertionError as error:
            print(f'Pool: AssertionError: {error}')

    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'ProcessPoolExecutor: {executor.submit(start_child_process, 0).result()}')
