# The S3 case of Harness's AWS connector settings reference: the connector's role has only AmazonS3ReadOnlyAccess attached.
resource "aws_iam_role" "artifacts" { # expect: CCM101@1 'does not allow ec2:DescribeRegions on "*" (checked AmazonS3ReadOnlyAccess)'
  name = "HarnessS3Artifacts"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/harness-delegate" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "artifacts_s3" {
  role       = aws_iam_role.artifacts.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
}

resource "harness_platform_connector_aws" "artifacts" {
  identifier = "aws_artifacts"
  name       = "aws-artifacts"

  inherit_from_delegate {
    delegate_selectors = ["eks-delegate"]
  }

  cross_account_access {
    role_arn = aws_iam_role.artifacts.arn
  }
}
