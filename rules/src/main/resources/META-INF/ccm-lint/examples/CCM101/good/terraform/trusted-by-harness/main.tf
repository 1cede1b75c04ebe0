# Roles only Harness may assume, each a connector role though no connector here names it.

# Its policy allows ec2:DescribeRegions.
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
    Statement = [{
      Effect   = "Allow"
      Action   = ["ec2:DescribeRegions", "ec2:DescribeInstances", "ec2:DescribeVolumes", "cloudwatch:GetMetricData"]
      Resource = "*"
    }]
  })
}

# No policy of this role is written here (they are attached elsewhere): what it may do is not known.
resource "aws_iam_role" "ccm_member" {
  name = "HarnessCcmMember"
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

# Its other policy is read from a file Terraform loads: it may grant ec2:DescribeRegions.
resource "aws_iam_role" "deploy" {
  name = "HarnessOidcDeploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::156272853481:oidc-provider/app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = {
          "app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg:aud" = "sts.amazonaws.com"
          "app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg:sub" = "account/Hue1lBsaSx2APlXjzVEPIg:org/default:project/OIDC_Test"
        }
      }
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
}

resource "aws_iam_role_policy" "deploy_ec2" {
  role   = aws_iam_role.deploy.id
  policy = file("${path.module}/deploy-ec2.json")
}
