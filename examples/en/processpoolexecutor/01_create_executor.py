from concurrent.futures import ProcessPoolExecutor

if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=4) as executor:
        # Tasks are added here
        pass
    print('The executor has shut down, and so have all worker processes')
