a = var.name
b = aws_iam_role.ccm.arn
c = module.vpc.subnets[0]
d = local.map["key"]
e = var.list[count.index]
f = data.aws_iam_policy_document.ccm.json
g = each.value.name
h = self.id
