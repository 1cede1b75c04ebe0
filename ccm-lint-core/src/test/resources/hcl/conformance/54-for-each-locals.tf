locals {
  roles = toset(["reader", "writer"])
  policies = {
    for name in local.roles :
    name => "arn:aws:iam::aws:policy/${title(name)}Access"
  }
}

resource "aws_iam_role" "r" {
  for_each = local.roles
  name     = "ccm-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy_attachment" "a" {
  for_each   = local.policies
  role       = aws_iam_role.r[each.key].name
  policy_arn = each.value
}
