from multiprocessing import Process, current_process, parent_process


class Summer(Process):
    def __init__(self, up_to):
        super().__init__()  # first: Process.__init__() sets up the object
        self.up_to = up_to
        self.total = None

    def run(self):
        self.total = sum(range(self.up_to))
        in_child = parent_process() is not None  # in the main program, parent_process() is None
        print(f'run() in {current_process().name}, in child process: {in_child}, total={self.total}')


if __name__ == '__main__':
    s = Summer(10)
    s.run()  # an ordinary method call: no new process
    print(f'After run():   total={s.total}')
    s.total = None
    s.start()  # calls run() in the child process
    s.join()
    print(f'After start(): total={s.total}, exitcode={s.exitcode}')
