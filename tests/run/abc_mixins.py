# `import abc`: abc.ABC and @abc.abstractmethod; an abstract method
# implemented by a mixin that comes first in the MRO; abstract methods
# with a concrete default body called through super().
import abc


class Store(abc.ABC):
    @abc.abstractmethod
    def get(self, key: str) -> int: ...

    @abc.abstractmethod
    def put(self, key: str, value: int) -> None:
        print("Store.put", key)

    def bump(self, key: str) -> int:
        self.put(key, self.get(key) + 1)
        return self.get(key)


class DictMixin:
    def __init__(self) -> None:
        self.data: dict[str, int] = {}

    def get(self, key: str) -> int:
        return self.data.get(key, 0)


class MemStore(DictMixin, Store):
    def put(self, key: str, value: int) -> None:
        super().put(key, value)
        self.data[key] = value


class Half(Store):
    def get(self, key: str) -> int:
        return 0


m = MemStore()
print(m.bump("a"), m.bump("a"), m.bump("b"), m.data)
print(MemStore.__mro__)
try:
    Half()
except TypeError as e:
    print(e)
stores: list[Store] = [m]
print([s.get("a") for s in stores])
