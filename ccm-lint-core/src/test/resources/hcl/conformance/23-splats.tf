a = aws_instance.web.*.id
b = aws_instance.web[*].id
c = var.list[*]
d = var.list.*
e = var.objects[*].tags["Name"]
f = var.objects.*.nested.value
g = var.objects[*].list[0]
h = aws_instance.web.*.id[0]
