from multiprocessing import Pipe, Process


def sender(conn):
    for zahl in range(3):
        conn.send(zahl)
    conn.close()


if __name__ == '__main__':
    empfangs_ende, sende_ende = Pipe(duplex=False)
    try:
        empfangs_ende.send('falsche Richtung')
    except OSError as fehler:
        print(f'OSError: {fehler}')

    p = Process(target=sender, args=(sende_ende,))
    p.start()
    sende_ende.close()  # sonst wartet recv() unten für immer
    while True:
        try:
            print(f'Empfangen: {empfangs_ende.recv()}')
        except EOFError:
            print('Alle Sendeenden sind geschlossen: EOFError')
            break
    p.join()
