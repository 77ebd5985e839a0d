# expect: error[type] 2:10
xs = [1, "a"]
