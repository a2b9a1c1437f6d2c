from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

LIMITS = [5_000, 10_000, 15_000, 20_000]


def count_primes(limit):
    count = 0
    for number in range(2, limit):
        divisor = 2
        while divisor * divisor <= number:
            if number % divisor == 0:
                break
            divisor += 1
        else:
            count += 1
    return count


def yes_no(value):
    return 'yes' if value else 'no'


if __name__ == '__main__':
    serial = [count_primes(limit) for limit in LIMITS]

    with ThreadPoolExecutor(max_workers=len(LIMITS)) as executor:
        with_threads = list(executor.map(count_primes, LIMITS))

    with ProcessPoolExecutor() as executor:
        with_processes = list(executor.map(count_primes, LIMITS))

    print(f'Primes below {LIMITS}: {serial}')
    print(f'Threads give the same:   {yes_no(with_threads == serial)}')
    print(f'Processes give the same: {yes_no(with_processes == serial)}')
