resource "aws_iam_role" "harness" {
  name = "HarnessDeployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/harness-delegate" }
      Action    = "sts:AssumeRole"
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"] # expect: CCM109@26 'has the AWS managed policy AdministratorAccess attached'
}

resource "harness_platform_connector_aws" "deploy" {
  identifier = "aws_deploy"
  name       = "aws-deploy"
  inherit_from_delegate {
    delegate_selectors = ["eks-delegate"]
  }
  cross_account_access {
    role_arn = aws_iam_role.harness.arn
  }
}
