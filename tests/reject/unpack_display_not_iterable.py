# expect: error[type] 3:8
n = 5
xs = [*n, 1]
