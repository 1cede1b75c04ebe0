a = max(1, 2, 3)
b = lower("ABC")
c = jsonencode({ a = 1 })
d = concat(["a"], ["b"])
e = max(var.list...)
f = format("%s-%s", var.a, var.b)
g = timestamp()
h = coalesce(
  var.a,
  var.b,
)
i = upper(trimspace(" x "))
