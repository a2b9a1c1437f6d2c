from multiprocessing import Pipe, Process


def sender(conn):
    conn.send("Hello from the sender through the pipe!")
    reply = conn.recv()  # the same end receives, too
    print(f"Reply to the sender: {reply}")
    conn.close()


def receiver(conn):
    msg = conn.recv()
    print(f"Received: {msg}", flush=True)  # print first, then reply
    conn.send("Thanks, got it!")  # the same end sends, too
    conn.close()


if __name__ == '__main__':
    sender_end, receiver_end = Pipe()  # duplex=True: each end sends and receives

    p1 = Process(target=sender, args=(sender_end,))
    p2 = Process(target=receiver, args=(receiver_end,))

    p1.start()
    p2.start()

    p1.join()
    p2.join()
