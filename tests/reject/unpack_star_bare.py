# expect: error[syntax] 3:1
xs = [1]
*a = xs
