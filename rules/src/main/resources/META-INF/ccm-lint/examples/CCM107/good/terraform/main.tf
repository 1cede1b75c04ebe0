variable "extra_actions" {
  type    = list(string)
  default = []
}

data "aws_iam_policy_document" "ecs_deploy" {
  statement {
    actions   = concat(["ecs:DescribeServices", "ecs:UpdateService"], var.extra_actions)
    resources = ["arn:aws:ecs:us-east-1:123456789012:service/prod/*"]
  }
}
