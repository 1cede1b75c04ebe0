resource "aws_iam_policy" "deploy" {
  name = "ecs-deploy"
  // ccm-lint:disable=CCM108 reason="replaced by the iam-v2 module" until=2999-12-31
  policy = jsonencode({
    Statement = [{
      Effect   = "Allow"
      Action   = "ecs:UpdateService"
      Resource = "arn:aws:ecs:us-east-1:123456789012:service/prod/web"
    }]
  })
}

data "aws_iam_policy_document" "legacy" {
  version = "2008-10-17" /* ccm-lint:disable=CCM108 reason="block comments work too" */
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::artifacts/*"]
  }
}
