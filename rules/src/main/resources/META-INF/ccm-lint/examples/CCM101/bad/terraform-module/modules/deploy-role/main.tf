# A role the delegate's role may assume. On its own nothing marks it as a connector's (its trust names
# whatever the caller passes, and no connector here uses it); the call in ../../main.tf does. The finding
# is reported here, where the policy is written, once, and the fix edits this file.
variable "role_name" {
  type = string
}

variable "delegate_role_arn" {
  type = string
}

resource "aws_iam_role" "this" {
  name = var.role_name
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.delegate_role_arn }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "deploy" {
  name = "HarnessEcsDeploy"
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # expect: CCM101@5 'connector role "module.deploy_role.aws_iam_role.this" does not allow ec2:DescribeRegions on "*" (checked module.deploy_role.aws_iam_role_policy.deploy)'
      Effect   = "Allow"
      Action   = ["ecs:DescribeServices", "ecs:DescribeTaskDefinition", "ecs:ListClusters"]
      Resource = "*"
    }]
  })
}

output "role_arn" {
  value = aws_iam_role.this.arn
}
