import multiprocessing as mp
import pickle


def square(x):
    return x * x


def unpack(data):  # runs in the worker
    try:
        function = pickle.loads(data)
    except AttributeError as error:
        return f'AttributeError: {str(error).partition(" on ")[0]}'  # without the file path
    return f'found, result for 3: {function(3)}'


if __name__ == '__main__':

    def cube(x):  # created only here, like a function from a notebook cell
        return x**3

    with mp.Pool(1) as pool:
        for function in (square, cube):
            print(f'{function.__name__}: {pool.apply(unpack, (pickle.dumps(function),))}')
