from multiprocessing import Pipe, Process


def sender(conn):
    conn.send("Hallo vom Sender durch die Pipe!")
    antwort = conn.recv()  # dasselbe Ende empfängt auch
    print(f"Antwort an den Sender: {antwort}")
    conn.close()


def receiver(conn):
    msg = conn.recv()
    print(f"Empfangen: {msg}", flush=True)  # erst ausgeben, dann antworten
    conn.send("Danke, angekommen!")  # dasselbe Ende sendet auch
    conn.close()


if __name__ == '__main__':
    sender_ende, receiver_ende = Pipe()  # duplex=True: jedes Ende sendet und empfängt

    p1 = Process(target=sender, args=(sender_ende,))
    p2 = Process(target=receiver, args=(receiver_ende,))

    p1.start()
    p2.start()

    p1.join()
    p2.join()
