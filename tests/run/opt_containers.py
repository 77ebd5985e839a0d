# Optional values inside containers: list[Optional[int]], dict values that may be None, Optional objects in a list.
from typing import Optional


class Seat:
    def __init__(self, number: int) -> None:
        self.number = number
        self.guest: Optional[str] = None


def first_free(seats: list[Seat]) -> Optional[Seat]:
    for s in seats:
        if s.guest is None:
            return s
    return None


def main() -> None:
    readings: list[Optional[int]] = [12, None, 15, None, None, 9]
    present = [r for r in readings if r is not None]
    print(readings, present, sum(present), readings.count(None))
    filled: list[int] = []
    last = 0
    for r in readings:
        if r is not None:
            last = r
        filled.append(last)
    print(filled)
    phone: dict[str, Optional[str]] = {"ann": "555-1234", "bob": None, "cid": "555-9876"}
    for name, num in phone.items():
        print(name, num if num is not None else "(unlisted)", num)
    listed = sorted([n for n, p in phone.items() if p])
    print(listed)
    phone["bob"] = "555-0000"
    phone["dee"] = None
    print(phone)
    seats = [Seat(i) for i in range(1, 5)]
    for guest in ["ann", "bob", "cid", "dee", "eve"]:
        s = first_free(seats)
        if s is None:
            print("no seat for", guest)
        else:
            s.guest = guest
            print(guest, "->", s.number)
    seats[1].guest = None
    s2 = first_free(seats)
    print(s2.number if s2 is not None else None, [s.guest for s in seats])
    slots: list[Optional[Seat]] = [None, seats[0], None]
    print([x.number if x is not None else -1 for x in slots])


if __name__ == "__main__":
    main()
