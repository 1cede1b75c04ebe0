a = join(",", aws_instance.web[*].private_ip)
b = length(aws_instance.web.*.id)
c = flatten([for s in var.sets : s[*].id])
