# AmazonEC2ReadOnlyAccess grants ec2:Describe*, which includes ec2:DescribeRegions.
resource "aws_iam_role" "ec2" {
  name = "HarnessEc2ReadOnly"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/harness-delegate" }
      Action    = "sts:AssumeRole"
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"]
}

resource "harness_platform_connector_aws" "ec2" {
  identifier = "aws_ec2"
  name       = "aws-ec2"

  inherit_from_delegate {
    delegate_selectors = ["eks-delegate"]
  }

  cross_account_access {
    role_arn = aws_iam_role.ec2.arn
  }
}
