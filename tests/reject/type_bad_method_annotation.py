# expect: error[type] 8:27
# Found by fuzzing: a method whose signature is invalid must not shift the
# signatures of the methods declared after it (the compiler crashed).
class Vehicle:
    def toll(self) -> int:
        return 2

    def category(self) -> rts:
        return "vehicle"

    def label(self) -> str:
        return self.category()


class Car(Vehicle):
    def toll(self) -> int:
        return 3

    def label(self) -> str:
        return "car"
