a = "%{ for x in var.l }${x}%{ endfor }"
b = "%{ if var.c }${var.x}%{ endif }"
