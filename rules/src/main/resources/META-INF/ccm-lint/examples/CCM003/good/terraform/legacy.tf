# Policies of the old deploy pipeline.
# ccm-lint:disable-file=CCM108 reason="legacy policies, removed with the old pipeline (OPS-1530)"

resource "aws_iam_policy" "legacy_deploy" {
  name = "legacy-deploy"
  policy = jsonencode({
    Statement = [{
      Effect   = "Allow"
      Action   = "ecs:UpdateService"
      Resource = "arn:aws:ecs:us-east-1:123456789012:service/prod/web"
    }]
  })
}
