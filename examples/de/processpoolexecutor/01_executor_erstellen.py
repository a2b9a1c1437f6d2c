from concurrent.futures import ProcessPoolExecutor

if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=4) as executor:
        # Hier werden Tasks hinzugefügt
        pass
    print('Der Executor ist beendet, alle Worker-Prozesse auch')
