resource "aws_iam_policy" "pull" {
  name = "ecr-pull"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "allow" # expect: CCM002
      Action   = ["ecr:GetAuthorizationToken"]
      Resource = "*"
    }]
  })
}
