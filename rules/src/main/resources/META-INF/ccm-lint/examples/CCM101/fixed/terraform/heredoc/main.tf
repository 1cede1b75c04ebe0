resource "aws_iam_role" "ecr" {
  name = "HarnessEcrPull"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/harness-delegate" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_policy" "ecr_pull" {
  name   = "HarnessEcrPull"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
      "Resource": "*"
    },
    {
      "Sid": "HarnessDescribeRegions",
      "Effect": "Allow",
      "Action": "ec2:DescribeRegions",
      "Resource": "*"
    }
  ]
}
EOF
}

resource "aws_iam_role_policy_attachment" "ecr_pull" {
  role       = aws_iam_role.ecr.name
  policy_arn = aws_iam_policy.ecr_pull.arn
}

resource "harness_platform_connector_aws" "ecr" {
  identifier = "aws_ecr"
  name       = "aws-ecr"

  irsa {
    delegate_selectors = ["eks-delegate"]
  }

  cross_account_access {
    role_arn    = "arn:aws:iam::123456789012:role/HarnessEcrPull"
    external_id = "aws_ecr"
  }
}
