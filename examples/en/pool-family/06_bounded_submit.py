import itertools
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

AT_MOST = 4  # at most this many futures are submitted at the same time


def slow_square(x):
    time.sleep(0.01)
    return x * x


def bounded(executor, function, inputs, at_most, stats):
    """Like executor.map(), but at most `at_most` pending futures; results as soon as they are done."""
    pending = set()
    for item in inputs:
        pending.add(executor.submit(function, item))
        stats['submitted'] += 1
        stats['max_pending'] = max(stats['max_pending'], len(pending))
        if len(pending) >= at_most:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    for future in wait(pending).done:  # the rest, when the input ends
        yield future.result()


if __name__ == '__main__':
    stats = {'submitted': 0, 'max_pending': 0}
    with ProcessPoolExecutor(max_workers=2) as executor:
        results = bounded(executor, slow_square, itertools.count(), AT_MOST, stats)
        first = list(itertools.islice(results, 20))  # endless input: fetch only 20 results
        results.close()
    print(f'Results fetched: {len(first)}, distinct: {len(set(first))}')
    print(f'At most {AT_MOST} futures pending at the same time: {stats["max_pending"] <= AT_MOST}')
    print(f'Submitted at most 20 + {AT_MOST}: {stats["submitted"] <= 20 + AT_MOST}')
