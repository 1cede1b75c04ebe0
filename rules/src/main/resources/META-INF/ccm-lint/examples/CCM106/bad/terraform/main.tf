data "aws_iam_policy_document" "power_user" {
  statement {
    not_actions = ["iam:*", "organizations:*"] # expect: CCM106@5 'Allow with not_actions ["iam:*", "organizations:*"] allows every other action'
    resources   = ["*"]
  }
}
