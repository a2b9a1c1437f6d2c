from multiprocessing import Pool


def my_function(x):
    return x * x


if __name__ == '__main__':
    with Pool() as p:  # as many processes as CPU cores
        print(p.map(my_function, range(9)))
