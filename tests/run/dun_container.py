# __len__, __getitem__, __setitem__ and __contains__ on a fixed-size ring buffer and a sparse vector.


class Ring:
    def __init__(self, capacity: int) -> None:
        self.data = [0] * capacity
        self.start = 0
        self.count = 0

    def push(self, v: int) -> None:
        cap = len(self.data)
        if self.count < cap:
            self.data[(self.start + self.count) % cap] = v
            self.count += 1
        else:
            self.data[self.start] = v
            self.start = (self.start + 1) % cap

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self.count
        if i < 0 or i >= self.count:
            raise IndexError("ring index out of range")
        return self.data[(self.start + i) % len(self.data)]

    def __setitem__(self, i: int, v: int) -> None:
        self.data[(self.start + i) % len(self.data)] = v

    def __contains__(self, v: int) -> bool:
        for i in range(self.count):
            if self[i] == v:
                return True
        return False

    def items(self) -> list[int]:
        return [self[i] for i in range(len(self))]


class Sparse:
    def __init__(self, size: int) -> None:
        self.size = size
        self.nz: dict[int, float] = {}

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, i: int) -> float:
        return self.nz.get(i, 0.0)

    def __setitem__(self, i: int, v: float) -> None:
        if v == 0.0:
            if i in self.nz:
                del self.nz[i]
        else:
            self.nz[i] = v

    def __contains__(self, i: int) -> bool:
        return i in self.nz


def main() -> None:
    r = Ring(4)
    print(len(r), r.items(), 3 in r)
    for v in [1, 2, 3]:
        r.push(v * 10)
    print(len(r), r.items(), r[0], r[-1], 20 in r, 40 in r)
    for v in [4, 5, 6]:
        r.push(v * 10)
    print(len(r), r.items(), r[0], r[-1], r[-4], 20 in r, 60 in r, r.data)
    r[1] = 99
    r[-1] += 1
    print(r.items(), 99 in r, 50 not in r)
    s = Sparse(1000)
    s[3] = 1.5
    s[999] = -2.0
    s[10] = 0.0
    print(len(s), s[3], s[4], s[999], 3 in s, 10 in s, len(s.nz))
    s[3] += 0.25
    s[999] = 0.0
    print(s[3], 999 in s, s.nz)
    print(sum([s[i] for i in range(len(s))]))


if __name__ == "__main__":
    main()
