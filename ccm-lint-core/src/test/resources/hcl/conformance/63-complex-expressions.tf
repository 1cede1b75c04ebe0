a = try(var.obj.attr, null) != null ? var.obj.attr : "default"
b = can(regex("^arn:", var.arn)) && !startswith(var.arn, "arn:aws-cn")
c = { for k, v in merge(var.a, var.b) : lower(k) => [for x in v : x * 2 if x > 0] if length(v) > 0 }
d = [for i in range(3) : { index = i, name = "n-${i}" }]
e = setproduct(var.a, var.b)[0][1]
