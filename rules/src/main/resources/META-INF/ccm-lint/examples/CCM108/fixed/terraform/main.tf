resource "aws_iam_policy" "deploy" {
  name = "ecs-deploy"
  policy = jsonencode({ # expect: CCM108
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "ecs:UpdateService"
      Resource = "*" # expect: CCM103
    }]
  })
}

data "aws_iam_policy_document" "legacy" {
  version = "2012-10-17" # expect: CCM108
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::artifacts/*"]
  }
}
