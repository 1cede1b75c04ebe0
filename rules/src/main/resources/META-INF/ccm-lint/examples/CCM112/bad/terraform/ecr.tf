# Unchanged by the pull request: the policy existed, only its attachment (in main.tf) is new.
resource "aws_iam_policy" "ecr_push" {
  name = "ecr-push"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:PutImage"]
      Resource = "arn:aws:ecr:eu-west-1:123456789012:repository/acme/*"
    }]
  })
}
