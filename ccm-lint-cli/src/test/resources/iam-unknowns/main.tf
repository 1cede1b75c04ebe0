variable "actions" { type = list(string) }
variable "guarded" { type = string }
resource "aws_iam_role" "r" {
  name = "r"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sts:AssumeRole" }] })
}
resource "aws_iam_role_policy" "unknown_allow" {
  role = aws_iam_role.r.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }] })
}
resource "aws_iam_role" "d" {
  name = "d"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sts:AssumeRole" }] })
}
resource "aws_iam_role_policy" "d" {
  role = aws_iam_role.d.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [
    { Effect = "Allow", Action = "iam:CreatePolicyVersion", Resource = "*" },
    { Effect = "Deny", Action = "iam:*", Resource = var.guarded },
  ] })
}
