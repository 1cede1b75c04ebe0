data "aws_iam_policy_document" "power_user" {
  statement {
    not_actions = ["iam:*", "organizations:*"] # expect: CCM106
    resources   = ["*"]
  }
}
