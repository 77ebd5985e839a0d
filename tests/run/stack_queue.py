# Lists as stacks and queues: bracket matching, pop(0)/insert(0) queues, a round-robin scheduler.

PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(s: str) -> bool:
    stack: list[str] = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
    return not stack


def round_robin(jobs: list[tuple[str, int]], quantum: int) -> list[str]:
    queue = jobs[:]
    log: list[str] = []
    clock = 0
    while queue:
        name, left = queue.pop(0)
        run = min(left, quantum)
        clock += run
        if left > run:
            queue.append((name, left - run))
        else:
            log.append(f"{name}@{clock}")
    return log


def main() -> None:
    for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{", "a(b[c]d)e"]:
        print(repr(s), balanced(s))
    print(round_robin([("A", 5), ("B", 2), ("C", 7), ("D", 1)], 2))
    print(round_robin([], 3), round_robin([("solo", 10)], 4))
    dq = [3]
    dq.insert(0, 2)
    dq.append(4)
    dq.insert(0, 1)
    print(dq, dq.pop(0), dq.pop(), dq)
    history: list[list[int]] = []
    stack = [1]
    for op in ["push", "push", "pop", "push", "dup", "pop", "pop"]:
        if op == "push":
            stack.append(stack[-1] + 1 if stack else 1)
        elif op == "dup":
            stack.append(stack[-1])
        else:
            stack.pop()
        history.append(stack[:])
    print(history)
    undo: list[tuple[str, int]] = []
    doc = "hello"
    for word in [" big", " wide", " world"]:
        undo.append(("add", len(word)))
        doc += word
    while undo:
        kind, n = undo.pop()
        doc = doc[:-n]
        print(kind, n, repr(doc))


if __name__ == "__main__":
    main()
