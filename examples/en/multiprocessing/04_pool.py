from multiprocessing import Pool


def my_function(x):
    return x * x


if __name__ == '__main__':
    with Pool() as p:  # no argument: as many processes as the CPU count reports
        print(p.map(my_function, range(9)))
