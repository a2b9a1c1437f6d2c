from multiprocessing import Pipe, Process


def sender(conn):
    for number in range(3):
        conn.send(number)
    conn.close()


if __name__ == '__main__':
    receive_end, send_end = Pipe(duplex=False)
    try:
        receive_end.send('wrong direction')
    except OSError as error:
        print(f'OSError: {error}')

    p = Process(target=sender, args=(send_end,))
    p.start()
    send_end.close()  # otherwise recv() below waits forever
    while True:
        try:
            print(f'Received: {receive_end.recv()}')
        except EOFError:
            print('All send ends are closed: EOFError')
            break
    p.join()
