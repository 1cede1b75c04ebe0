# A CCM role for a connector made in the Harness UI: Harness's account 891928451355 assumes it, so it is a
# connector role; its inventory policy lists the EC2 actions it reads but not ec2:DescribeRegions.
resource "aws_iam_role" "ccm" {
  name = "HarnessCcmInventory"
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
    Statement = [{ # expect: CCM101@5 'connector role "aws_iam_role.ccm" does not allow ec2:DescribeRegions on "*" (checked aws_iam_role_policy.inventory)'
      Effect   = "Allow"
      Action   = ["ec2:DescribeInstances", "ec2:DescribeVolumes", "cloudwatch:GetMetricData"]
      Resource = "*"
    }]
  })
}
