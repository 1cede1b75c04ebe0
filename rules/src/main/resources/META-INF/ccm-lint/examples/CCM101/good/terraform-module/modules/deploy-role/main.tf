# The module role of bad/terraform-module with ec2:DescribeRegions in its policy: the connector that
# uses it through the call in ../../main.tf can list the regions.
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
    Statement = [{
      Effect   = "Allow"
      Action   = ["ecs:DescribeServices", "ecs:DescribeTaskDefinition", "ecs:ListClusters", "ec2:DescribeRegions"]
      Resource = "*"
    }]
  })
}

output "role_arn" {
  value = aws_iam_role.this.arn
}
