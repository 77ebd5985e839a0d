# Finding (valid program rejected): dict(<dict display or comprehension>) with non-pair keys
# is refused: "error[type]: cannot convert a sequence of str to a dict (pairs expected)".
# dict(variable) is accepted.  CPython prints {'k': 1} and {'a': 0, 'b': 1}.
e = dict({"k": 1})
print(e)
print(dict({c: i for i, c in enumerate("ab")}))
