# The connector and the role it assumes disagree on the external ID.
data "harness_platform_current_account" "current" {}

resource "aws_iam_role" "ccm" {
  name                = "HarnessCERole"
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"]
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::891928451355:user/prod-data-pipeline-dont-delete" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg" } }
    }]
  })
}

resource "harness_platform_connector_awscc" "ccm" {
  identifier       = "aws_ccm"
  name             = "aws-ccm"
  account_id       = "123456789012"
  features_enabled = ["VISIBILITY"]
  cross_account_access {
    role_arn    = aws_iam_role.ccm.arn
    external_id = "harness:783764615875:${data.harness_platform_current_account.current.id}" # expect: CCM207@19 'does not match what the trust policy of aws_iam_role.ccm requires'
  }
}
