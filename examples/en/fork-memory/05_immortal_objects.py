import sys

if __name__ == '__main__':
    objects = {'None': None, 'small number 7': 7, 'large number': int('1000000'), 'empty list': []}
    before = {name: sys.getrefcount(obj) for name, obj in objects.items()}
    holder = list(objects.values()) * 1000  # 1000 new references each
    for name, obj in objects.items():
        print(f'{name}: reference count grew by {sys.getrefcount(obj) - before[name]}')
