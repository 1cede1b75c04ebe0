resource "aws_iam_policy" "pull" {
  name = "ecr-pull"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "allow" # expect: CCM002@18 'Effect must be "Allow" or "Deny" (case-sensitive)'
      Action   = ["ecr:GetAuthorizationToken"]
      Resource = "*"
    }]
  })
}
