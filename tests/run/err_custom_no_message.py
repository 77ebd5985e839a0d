# Ends with an uncaught user-defined exception raised without arguments (the last line is just its name).


class Halt(Exception):
    pass


class Machine:
    def __init__(self, program: list[str]) -> None:
        self.program = program
        self.pc = 0
        self.acc = 0

    def step(self) -> None:
        op = self.program[self.pc]
        self.pc += 1
        if op == "inc":
            self.acc += 1
        elif op == "dbl":
            self.acc *= 2
        elif op == "halt":
            raise Halt()
        print("pc", self.pc, "op", op, "acc", self.acc)


def main() -> None:
    m = Machine(["inc", "inc", "dbl", "inc", "halt", "inc"])
    try:
        while True:
            m.step()
    except Halt as e:
        print("halted cleanly", repr(e), e.args, m.acc)
    m2 = Machine(["dbl", "inc", "halt"])
    while True:
        m2.step()


if __name__ == "__main__":
    main()
