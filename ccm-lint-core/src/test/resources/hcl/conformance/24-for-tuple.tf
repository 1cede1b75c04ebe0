a = [for x in var.list : upper(x)]
b = [for i, x in var.list : "${i}=${x}"]
c = [for x in var.list : x if x != ""]
d = [
  for s in var.subnets :
  s.id
  if s.public
]
