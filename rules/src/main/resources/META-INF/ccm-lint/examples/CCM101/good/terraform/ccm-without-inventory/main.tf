# Roles of Harness CCM (CEAws) connectors that read no resource inventory: Harness CCM calls
# ec2:DescribeRegions for the inventory (VISIBILITY), not for cost data or for testing the connector.

# A CCM role made in the UI's way, with what every CCM role gets and the cost (BILLING) policy.
resource "aws_iam_role" "ccm_billing" {
  name = "HarnessCcmBilling"
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

resource "aws_iam_role_policy" "ccm_billing" {
  name = "HarnessBillingMonitoringPolicy"
  role = aws_iam_role.ccm_billing.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetBucketLocation", "s3:ListBucket", "s3:GetObject"]
        Resource = ["arn:aws:s3:::acme-cur-reports", "arn:aws:s3:::acme-cur-reports/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["cur:DescribeReportDefinitions", "organizations:Describe*", "organizations:List*"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "iam:SimulatePrincipalPolicy"
        Resource = "arn:aws:iam::123456789012:role/HarnessCcmBilling"
      }
    ]
  })
}

# The role of a CCM connector here that enables BILLING only: CCM504 checks the features' needs.
resource "aws_iam_role" "ccm_connector" {
  name = "HarnessCostRole"
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

resource "aws_iam_role_policy" "ccm_connector" {
  name = "HarnessBillingMonitoringPolicy"
  role = aws_iam_role.ccm_connector.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["cur:DescribeReportDefinitions", "organizations:Describe*", "organizations:List*"]
      Resource = "*"
    }]
  })
}

resource "harness_platform_connector_awscc" "cost" {
  identifier       = "ccm_aws_123456789012"
  name             = "ccm-aws-123456789012"
  account_id       = "123456789012"
  report_name      = "harness-cur"
  s3_bucket        = "acme-cur-reports"
  features_enabled = ["BILLING"]

  cross_account_access {
    role_arn    = aws_iam_role.ccm_connector.arn
    external_id = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg"
  }
}
