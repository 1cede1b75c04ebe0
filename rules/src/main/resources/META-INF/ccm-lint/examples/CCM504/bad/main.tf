resource "aws_iam_role" "ce" {
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

resource "aws_iam_role_policy" "ce_regions" {
  name = "HarnessDescribeRegions"
  role = aws_iam_role.ce.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "ec2:DescribeRegions", Resource = "*" }]
  })
}

resource "harness_platform_connector_awscc" "ccm" {
  identifier       = "ccm_aws_123456789012"
  name             = "ccm-aws-123456789012"
  account_id       = "123456789012"
  features_enabled = ["VISIBILITY"] # expect: CCM504@23 'enables VISIBILITY but its role aws_iam_role.ce does not allow ec2:DescribeInstances'

  cross_account_access {
    role_arn    = aws_iam_role.ce.arn
    external_id = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg"
  }
}
