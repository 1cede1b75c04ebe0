a = var.x ? 1 : 2
b = var.x ? "a" : var.y ? "b" : "c"
c = var.list == null ? [] : var.list
d = (var.x ? 1 : 2) + 3
e = length(var.list) > 0 ? var.list[0] : "default"
