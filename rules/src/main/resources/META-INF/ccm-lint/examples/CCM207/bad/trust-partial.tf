# The Harness account id comes from a variable, but the known part already breaks the format:
# 12345 is no Harness AWS account, whatever the variable holds.
variable "harness_account_id" {
  type = string
}

resource "aws_iam_role" "ccm_partial" {
  name                = "HarnessCEPartial"
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"]
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::891928451355:user/prod-data-pipeline-dont-delete" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = "harness:12345:${var.harness_account_id}" } } # expect: CCM207@57 'external ID "harness:12345:${var.harness_account_id}" is not harness:<Harness AWS account>:<Harness account id>'
    }]
  })
}
