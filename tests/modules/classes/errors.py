class AppError(Exception):
    def __init__(self, msg: str, code: int) -> None:
        super().__init__(msg)
        self.code = code


class TooBig(AppError):
    pass


def check(n: int) -> None:
    if n < 0:
        raise AppError("negative", 1)
    if n > 100:
        raise TooBig(f"{n} is too big", 2)
