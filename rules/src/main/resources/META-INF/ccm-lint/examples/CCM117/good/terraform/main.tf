variable "stage" {
  type = string
}

# Sids Terraform computes are not known before apply: they are never reported.
data "aws_iam_policy_document" "deploy" {
  statement {
    sid       = "Deploy${var.stage}"
    actions   = ["ecs:DescribeServices"]
    resources = ["arn:aws:ecs:us-east-1:123456789012:service/prod/*"]
  }
  statement {
    sid       = "Deploy${upper(var.stage)}"
    actions   = ["ecs:DescribeTaskDefinition"]
    resources = ["*"]
  }
}
