import asyncio
import functools
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit, start=2):
    count = 0
    for number in range(start, limit):
        divisor = 2
        while divisor * divisor <= number:
            if number % divisor == 0:
                break
            divisor += 1
        else:
            count += 1
    return count


async def main(executor):
    loop = asyncio.get_running_loop()
    limits = [5_000, 10_000, 15_000]
    results = await asyncio.gather(
        *(loop.run_in_executor(executor, count_primes, limit) for limit in limits)
    )
    print(f'Primes below {limits}: {results}')

    try:
        loop.run_in_executor(executor, count_primes, 10_000, start=5_000)
    except TypeError as error:
        print(f'Keyword argument passed directly: {type(error).__name__}')
    with_partial = functools.partial(count_primes, 10_000, start=5_000)
    print(f'With functools.partial: {await loop.run_in_executor(executor, with_partial)}')


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as executor:
        asyncio.run(main(executor))
