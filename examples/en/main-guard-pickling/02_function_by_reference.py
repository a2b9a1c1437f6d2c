import pickle
import pickletools


def square(x):
    return x * x


if __name__ == '__main__':
    data = pickle.dumps(square)
    names = [argument for _, argument, _ in pickletools.genops(data) if isinstance(argument, str)]
    print(f'{len(data)} bytes, containing only the names: {names}')
    print(f'Unpacked, it is the same function: {pickle.loads(data) is square}')
