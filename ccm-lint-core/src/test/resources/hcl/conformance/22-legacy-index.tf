a = var.list.0
b = aws_instance.web.0.id
c = var.x.1.y
