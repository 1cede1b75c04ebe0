# A CCM role trusted by Harness's CCM account, its external ID from the caller. On its own the ID is
# unknown, so nothing is reported here; each call gives it its value.
variable "role_name" {
  type = string
}

variable "external_id" {
  type = string
}

resource "aws_iam_role" "this" {
  name                = var.role_name
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"]
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::891928451355:root" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = var.external_id } }
    }]
  })
}

output "role_arn" {
  value = aws_iam_role.this.arn
}
