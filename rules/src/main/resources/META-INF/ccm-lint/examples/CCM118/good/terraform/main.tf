data "aws_iam_policy_document" "deploy" {
  statement {
    sid       = "PlatformTeamOnly"
    actions   = ["ecs:UpdateService"]
    resources = ["arn:aws:ecs:us-east-1:123456789012:service/prod/*"]
    condition {
      test     = "StringLike"
      variable = "aws:PrincipalTag/team"
      values   = ["platform*"]
    }
  }
}

resource "aws_iam_policy" "regions" {
  name = "harness-regions"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = ["ec2:DescribeInstances", "ec2:DescribeRegions"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:RequestedRegion" = ["us-east-1", "eu-west-1"] } }
    }]
  })
}
