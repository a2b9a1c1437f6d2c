from concurrent.futures import ProcessPoolExecutor

CALLING_CODES_CSV = '49;Germany\n43;Austria\n41;Switzerland\n33;France'

table = None  # every worker fills its own copy
load_count = 0


def load_table(csv_text):
    global table, load_count
    table = dict(line.split(';') for line in csv_text.splitlines())
    load_count += 1


def country_of(number):
    return number, table.get(number[1:3], 'unknown'), load_count


if __name__ == '__main__':
    numbers = ['+4930123', '+4312345', '+4144556', '+3314159', '+4989000', '+1555010']
    with ProcessPoolExecutor(max_workers=2, initializer=load_table, initargs=(CALLING_CODES_CSV,)) as executor:
        results = list(executor.map(country_of, numbers))
    for number, country, _ in results:
        print(f'{number}: {country}')
    print(f'Loads per worker: {sorted({count for _, _, count in results})}')
