resource "aws_iam_policy" "deploy" {
  name = "ecs-deploy"
  // ccm-lint:disable=CCM108 reason="migrated in the Q1 sprint" until=2021-03-31  # expect: CCM003@71 'the suppression of CCM108 expired on 2021-03-31'
  policy = jsonencode({ # expect: CCM108@23 'policy has no Version'
    Statement = [{
      Effect   = "Allow"
      Action   = "ecs:UpdateService"
      Resource = "arn:aws:ecs:us-east-1:123456789012:service/prod/web"
    }]
  })
}

data "aws_iam_policy_document" "legacy" {
  version = "2008-10-17" # ccm-lint:disable=policy-versoin reason="slug typo" # expect: CCM108@13 'policy Version 2008-10-17 is outdated' CCM003@45 'the suppression names unknown rule "policy-versoin"'
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::artifacts/*"]
  }
}
