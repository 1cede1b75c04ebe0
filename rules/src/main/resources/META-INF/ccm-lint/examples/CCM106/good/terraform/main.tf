data "aws_iam_policy_document" "guardrail" {
  statement {
    effect      = "Deny"
    not_actions = ["iam:Get*", "iam:List*"]
    resources   = ["*"]
  }
}
