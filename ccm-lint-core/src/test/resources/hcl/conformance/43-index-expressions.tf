a = var.map[var.key]
b = var.list[length(var.list) - 1]
c = var.nested["a"]["b"]
d = var.list[0][1]
e = var.map[
  "key"
]
f = [1, 2, 3][1]
g = { a = 1 }["a"]
h = func()[0]
i = var.m["${var.k}-x"]
