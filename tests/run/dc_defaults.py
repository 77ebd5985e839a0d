# Dataclass fields with default values and field(default_factory=list); each instance gets its own list.
from dataclasses import dataclass, field


@dataclass
class Config:
    name: str
    retries: int = 3
    timeout: float = 1.5
    verbose: bool = False
    mode: str = "fast"


@dataclass
class Playlist:
    title: str
    songs: list[str] = field(default_factory=list)
    ratings: list[int] = field(default_factory=list)
    plays: int = 0

    def add(self, song: str, rating: int) -> None:
        self.songs.append(song)
        self.ratings.append(rating)


def main() -> None:
    print(Config("a"))
    print(Config("b", 5))
    print(Config("c", timeout=0.25, mode="safe"))
    print(Config(name="d", verbose=True, retries=0))
    print(Config("a") == Config("a", 3, 1.5, False, "fast"), Config("a") == Config("a", 4))
    cfgs = [Config("x"), Config("y", retries=1)]
    cfgs[0].retries -= 1
    print(cfgs)
    p1 = Playlist("road trip")
    p2 = Playlist("focus")
    print(p1, p2)
    p1.add("song a", 5)
    p1.add("song b", 3)
    p2.add("song c", 4)
    p1.plays += 2
    print(p1)
    print(p2)
    print(p1.songs is p2.songs, len(p1.songs), len(p2.songs))
    p3 = Playlist("given", ["x", "y"], [1, 2], 7)
    print(p3, sum(p3.ratings) / len(p3.ratings))
    print(Playlist("empty") == Playlist("empty"), Playlist("empty") == p2)


if __name__ == "__main__":
    main()
