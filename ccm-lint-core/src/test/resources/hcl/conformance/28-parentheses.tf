a = (1)
b = ((var.x))
c = (var.x
  + var.y)
d = (
  var.long_name
)
