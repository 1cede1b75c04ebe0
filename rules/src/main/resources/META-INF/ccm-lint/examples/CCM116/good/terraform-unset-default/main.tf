# A module whose bucket is optional: "" means "not set" (the policy is attached only when billing is
# enabled). With the default, the resources are "" and "/*": no ARN, so no resource type to judge.
variable "s3_bucket_arn" {
  type    = string
  default = ""
}

variable "enable_billing" {
  type    = bool
  default = false
}

data "aws_iam_policy_document" "billing" {
  statement {
    actions   = ["s3:GetBucketLocation", "s3:ListBucket", "s3:GetObject"]
    resources = [var.s3_bucket_arn, "${var.s3_bucket_arn}/*"]
  }
}

resource "aws_iam_policy" "billing" {
  count  = var.enable_billing ? 1 : 0
  name   = "HarnessBillingMonitoringPolicy"
  policy = data.aws_iam_policy_document.billing.json
}
