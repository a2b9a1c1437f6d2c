import math
import os
from pathlib import Path

CGROUP_ROOT = Path('/sys/fs/cgroup')


def quota_from_cpu_max(content):
    """'200000 100000' -> 2.0 CPUs; 'max 100000' -> None (no quota)."""
    limit, period = content.split()
    return None if limit == 'max' else int(limit) / int(period)


def cgroup_v2_quota():
    """Smallest CPU quota from the process's own cgroup up to the root, or None (cgroup v2, Linux)."""
    try:
        lines = Path('/proc/self/cgroup').read_text().splitlines()
    except OSError:
        return None
    paths = [line[len('0::'):] for line in lines if line.startswith('0::')]
    if not paths:
        return None  # no cgroup v2
    folder = CGROUP_ROOT / paths[0].lstrip('/')
    quotas = []
    while True:
        file = folder / 'cpu.max'  # the root itself has none
        if file.is_file():
            quota = quota_from_cpu_max(file.read_text())
            if quota is not None:
                quotas.append(quota)
        if folder == CGROUP_ROOT or CGROUP_ROOT not in folder.parents:
            break
        folder = folder.parent
    return min(quotas, default=None)


def number_of_workers():
    allowed = len(os.sched_getaffinity(0))
    quota = cgroup_v2_quota()
    if quota is None:
        return allowed
    return max(1, min(allowed, math.ceil(quota)))


if __name__ == '__main__':
    for content in ('max 100000', '200000 100000', '150000 100000'):
        quota = quota_from_cpu_max(content)
        text = 'no quota' if quota is None else f'{quota} CPUs, rounded up {math.ceil(quota)} workers'
        print(f'cpu.max = {content!r:17} -> {text}')
    workers = number_of_workers()
    allowed = len(os.sched_getaffinity(0))
    print(f'For this process: 1 <= workers <= len(os.sched_getaffinity(0)): {1 <= workers <= allowed}')
