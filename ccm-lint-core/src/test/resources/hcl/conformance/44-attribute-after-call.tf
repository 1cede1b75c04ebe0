a = data.x.y.outputs["a"].b
b = element(var.list, 0).name
c = (var.obj).attr
d = tolist(var.s)[0]
