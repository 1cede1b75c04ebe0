resource "aws_iam_policy" "ccm" {
  name        = "harness-ccm"
  description = "Harness CCM visibility"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Visibility"
        Effect   = "Allow"
        Action   = ["ec2:DescribeRegions", "ec2:DescribeInstances", "cur:DescribeReportDefinitions"]
        Resource = "*"
      },
      {
        Effect = "Allow"
        Action = [
          "s3:GetObject",
          "s3:ListBucket",
        ]
        Resource = [
          "arn:aws:s3:::${var.cur_bucket}",
          "arn:aws:s3:::${var.cur_bucket}/*",
        ]
      },
    ]
  })
}
