# expect: error[syntax] 3:1
xs: list[int] = [1, 2]
a, *b, *c = xs
