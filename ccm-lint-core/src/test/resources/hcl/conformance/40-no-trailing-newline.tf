a = 1
b = "last"