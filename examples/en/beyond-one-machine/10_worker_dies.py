import logging
import os
import tempfile

import dask
from distributed import Client, LocalCluster


def crash_the_first_time(marker, x):
    if not os.path.exists(marker):
        open(marker, 'w').close()
        os._exit(1)  # the worker process dies in the middle of the task
    return x * x


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as directory:
        marker = os.path.join(directory, 'crashed-once')
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address='127.0.0.1:0',
                          silence_logs=logging.CRITICAL) as cluster:  # otherwise: WARNING Restarting worker
            with Client(cluster) as client:
                future = client.submit(crash_the_first_time, marker, 7)
                print(f'Result despite the crash: {future.result()}')
                print(f'Crash recorded: {os.path.exists(marker)}')
    print(f"allowed-failures: {dask.config.get('distributed.scheduler.allowed-failures')}")
