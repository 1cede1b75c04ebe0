a = -1
b = -2.5
c = - 3
d = !true
e = !false
f = -0
g = -1.5e3
