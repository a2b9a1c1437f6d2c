from multiprocessing import Process, current_process, parent_process


class Summierer(Process):
    def __init__(self, bis):
        super().__init__()  # zuerst: Process.__init__() richtet das Objekt ein
        self.bis = bis
        self.summe = None

    def run(self):
        self.summe = sum(range(self.bis))
        im_kind = parent_process() is not None  # im Hauptprogramm ist parent_process() None
        print(f'run() in {current_process().name}, im Kindprozess: {im_kind}, summe={self.summe}')


if __name__ == '__main__':
    s = Summierer(10)
    s.run()  # ein gewöhnlicher Methodenaufruf: kein neuer Prozess
    print(f'Nach run():   summe={s.summe}')
    s.summe = None
    s.start()  # ruft run() im Kindprozess auf
    s.join()
    print(f'Nach start(): summe={s.summe}, exitcode={s.exitcode}')
