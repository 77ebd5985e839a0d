# expect: error[syntax] 6:5
count = 0


def bump(count: int) -> None:
    global count
    count += 1


bump(1)
