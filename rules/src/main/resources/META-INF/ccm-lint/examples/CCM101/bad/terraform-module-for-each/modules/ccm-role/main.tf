# A CCM role whose trusted principal and external ID come from the caller.
variable "role_name" {
  type = string
}

variable "trusted_principal" {
  type = string
}

variable "external_id" {
  type = string
}

resource "aws_iam_role" "this" {
  name = var.role_name
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.trusted_principal }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = var.external_id } }
    }]
  })
}

resource "aws_iam_role_policy" "inventory" {
  name = "HarnessCcmInventory"
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # expect: CCM101@5 'connector role "module.ccm_role["member"].aws_iam_role.this" does not allow ec2:DescribeRegions on "*" (checked module.ccm_role["member"].aws_iam_role_policy.inventory)'
      Effect   = "Allow"
      Action   = ["ec2:DescribeInstances", "ec2:DescribeVolumes", "autoscaling:DescribeAutoScalingGroups"]
      Resource = "*"
    }]
  })
}

output "role_arn" {
  value = aws_iam_role.this.arn
}
