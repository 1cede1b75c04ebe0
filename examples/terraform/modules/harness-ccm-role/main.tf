# A team's own module for the role Harness CCM assumes in a member account: the cross-account trust
# with the external ID, the billing (cost and usage report) permissions, and optional governance
# policies. It has no ec2:DescribeRegions, which Harness CCM calls only for the resource inventory
# (VISIBILITY), not for billing; nothing in this folder alone says the role belongs to a connector,
# the call in ../../ccm-module does.

resource "aws_iam_role" "this" {
  name = var.role_name

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = var.harness_principal_arn }
        Action    = "sts:AssumeRole"
        Condition = {
          StringEquals = { "sts:ExternalId" = var.external_id }
        }
      }
    ]
  })
}

resource "aws_iam_role_policy" "billing" {
  name = "HarnessBillingMonitoringPolicy"
  role = aws_iam_role.this.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = [
          "s3:GetBucketLocation",
          "s3:ListBucket",
          "s3:GetObject",
        ]
        Resource = [
          "arn:aws:s3:::${var.cur_bucket}",
          "arn:aws:s3:::${var.cur_bucket}/*",
        ]
      },
      {
        Effect = "Allow"
        Action = [
          "cur:DescribeReportDefinitions",
          "organizations:Describe*",
          "organizations:List*",
        ]
        Resource = "*"
      }
    ]
  })
}

resource "aws_iam_role_policy_attachment" "governance" {
  for_each   = toset(var.governance_policy_arns)
  role       = aws_iam_role.this.name
  policy_arn = each.value
}
