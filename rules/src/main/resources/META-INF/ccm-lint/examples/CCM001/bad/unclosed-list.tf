resource "aws_iam_policy" "pull" {
  name   = "ecr-pull"
  policy = jsonencode({ Statement = [ }) # expect: CCM001@39 'invalid HCL: expected an expression, found ''}'''
}

# the rest of the file is still read
resource "aws_iam_policy" "push" {
  name   = "ecr-push"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "ecr:PutImage", Resource = "*" }] })  # expect: CCM103@118 'lets 1 write action (ecr:PutImage) act on every matching resource'
}
