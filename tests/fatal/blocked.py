# Waits for a line on stdin that never comes: crates/cli/tests/fatal.rs
# sends it a fatal signal while it is blocked in the runtime's read. Every
# Python frame is then stopped at a call, so the report gives each its
# line, also where LLVM inlined the functions into the module body.


def ask(prompt: str) -> str:
    return input(prompt)


class Asker:
    def run(self) -> str:
        return ask("? ")


def outer() -> str:
    return Asker().run()


print("waiting")
print(outer())
