# expect: error[type] 7:7
class V:
    def __neg__(self) -> "V":
        return self


print(abs(V()))
