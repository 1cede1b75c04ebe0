a = { for k, v in var.map : k => upper(v) }
b = { for x in var.list : x.name => x }
c = { for x in var.list : x.group => x.name... }
d = { for k, v in var.map : k => v if v != null }
e = {
  for k, v in var.map :
  k => v
}
