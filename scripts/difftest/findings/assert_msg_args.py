# Finding (miscompile): the message of `assert cond, msg` is not kept as given in the exception's args.
# An empty-string message is dropped (AssertionError() instead of AssertionError('')),
# a non-str message is converted to str (AssertionError('0') instead of AssertionError(0)).
# CPython:  AssertionError('') / ('',) / AssertionError(0) / (0,)
# multigen: AssertionError() / () / AssertionError('0') / ('0',)
def check(s: str, n: int) -> None:
    try:
        assert "x" in s, s * 0
    except AssertionError as e:
        print(repr(e), e.args)
    try:
        assert n > 0, n
    except AssertionError as e:
        print(repr(e), e.args)


check("abc", 0)
