a = 1 + 2 * 3
b = (1 + 2) * 3
c = 10 - 4 - 3
d = 12 / 3 / 2
e = 7 % 3
f = var.a || var.b && var.c
g = var.a == var.b || var.c != var.d
h = 1 < 2 && 3 >= 2 && 4 <= 5 && 6 > 5
i = !var.a && -var.b < 0
j = -var.n + 1
k = 1 + 2 + 3 + 4
