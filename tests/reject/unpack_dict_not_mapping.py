# expect: error[type] 3:8
xs = [1]
d = {**xs}
