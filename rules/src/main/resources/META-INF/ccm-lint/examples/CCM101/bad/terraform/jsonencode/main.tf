resource "aws_iam_role" "deployer" {
  name               = "HarnessEcsDeployer"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/harness-delegate"]
    }
  }
}

resource "aws_iam_role_policy" "deployer_ecs" {
  name = "ecs-deploy"
  role = aws_iam_role.deployer.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [ # expect: CCM101@5 'does not allow ec2:DescribeRegions on "*" (checked aws_iam_role_policy.deployer_ecs)'
      {
        Sid      = "EcsDeploy"
        Effect   = "Allow"
        Action   = ["ecs:UpdateService", "ecs:DescribeServices", "ecs:RegisterTaskDefinition"]
        Resource = "*"  # expect: CCM103@20 'lets 2 write actions (ecs:UpdateService, ecs:RegisterTaskDefinition) act on every matching resource'
      },
    ]
  })
}

resource "harness_platform_connector_aws" "ecs" {
  identifier = "aws_ecs"
  name       = "aws-ecs"

  oidc_authentication {
    iam_role_arn = aws_iam_role.deployer.arn
  }
}
