a = !!true
b = -(-1)
c = !var.x
d = - - 1
