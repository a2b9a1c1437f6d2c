import sys

from joblib import Parallel, delayed

SETTING = 'value at module level'


def read():
    return SETTING, getattr(sys, 'own_setting', 'missing')


if __name__ == '__main__':
    SETTING = 'changed in the __main__ block'
    sys.own_setting = 'set in the parent process'
    global_variable, module_attribute = Parallel(n_jobs=2)(delayed(read)() for _ in range(2))[0]
    print(f'Global variable of the script: {global_variable}')
    print(f'Attribute in the sys module: {module_attribute}')
