resource "aws_iam_policy" "deploy" {
  name = "ecs-deploy"
  policy = jsonencode({ # expect: CCM108@23 'policy has no Version'
    Statement = [{
      Effect   = "Allow"
      Action   = "ecs:UpdateService"
      Resource = "*" # expect: CCM103@18 'lets 1 write action (ecs:UpdateService) act on every matching resource'
    }]
  })
}

data "aws_iam_policy_document" "legacy" {
  version = "2008-10-17" # expect: CCM108@13 'policy Version 2008-10-17 is outdated'
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::artifacts/*"]
  }
}
