variable "office_cidr" {
  type = string
}

data "aws_iam_policy_document" "break_glass" {
  statement {
    sid       = "RecentMfaOnly"
    actions   = ["ecs:UpdateService"]
    resources = ["arn:aws:ecs:us-east-1:123456789012:service/prod/*"]
    condition {
      test     = "NumericLessThan"
      variable = "aws:MultiFactorAuthAge"
      values   = ["3600"]
    }
    # Known at plan time only: never reported.
    condition {
      test     = "IpAddress"
      variable = "aws:SourceIp"
      values   = [var.office_cidr, "${cidrhost(var.office_cidr, 1)}/32"]
    }
  }
}

resource "aws_iam_policy" "long_term_keys_only" {
  name = "harness-long-term-keys"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "ecr:GetAuthorizationToken"
      Resource  = "*"
      Condition = { Null = { "aws:TokenIssueTime" = "true" } }
    }]
  })
}
