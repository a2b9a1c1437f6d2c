from concurrent.futures import ProcessPoolExecutor

SETTING = 'value from the module'


def read_setting():
    return SETTING


if __name__ == '__main__':
    SETTING = 'changed in the parent'
    print(f'Parent process: {SETTING}')
    with ProcessPoolExecutor(max_workers=1) as executor:
        print(f'Child process:  {executor.submit(read_setting).result()}')
