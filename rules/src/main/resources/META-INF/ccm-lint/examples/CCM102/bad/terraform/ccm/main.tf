# A CCM connector with VISIBILITY only: its role needs the inventory actions of that feature.
resource "aws_iam_role" "ccm" {
  name = "HarnessCERole"
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

resource "aws_iam_role_policy" "inventory" {
  name = "HarnessEventsMonitoringPolicy"
  role = aws_iam_role.ccm.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ecs:*", "ec2:DescribeRegions", "ec2:DescribeInstances", "cloudwatch:GetMetricData"] # expect: CCM102@19 '"ecs:*" allows all'
      Resource = "*" # expect: CCM103@18 'act on every matching resource of the account'
    }]
  })
}

resource "harness_platform_connector_awscc" "payer" {
  identifier       = "ccm_payer"
  name             = "ccm-payer"
  account_id       = "123456789012"
  features_enabled = ["VISIBILITY"]
  cross_account_access {
    role_arn    = aws_iam_role.ccm.arn
    external_id = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg"
  }
}
