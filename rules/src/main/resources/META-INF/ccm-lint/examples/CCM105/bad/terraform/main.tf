resource "aws_iam_role_policy" "hop" {
  name = "assume-anything"
  role = "ci-runner"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "sts:AssumeRole" # expect: CCM105@18 'sts:AssumeRole on "Resource": "*" lets this principal assume every role'
      Resource = "*"
    }]
  })
}
