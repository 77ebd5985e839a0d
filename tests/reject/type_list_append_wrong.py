# expect: error[type] 3:11
xs = [1, 2]
xs.append("a")
