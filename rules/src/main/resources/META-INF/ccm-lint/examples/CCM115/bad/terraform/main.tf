# A break-glass role for the Harness delegate: the conditions compare values of the wrong type.
data "aws_iam_policy_document" "break_glass" {
  statement {
    sid       = "RecentMfaOnly"
    actions   = ["ecs:UpdateService"]
    resources = ["arn:aws:ecs:us-east-1:123456789012:service/prod/*"]
    condition {
      test     = "DateGreaterThan" # expect: CCM115@18 'DateGreaterThan compares dates, but "aws:MultiFactorAuthAge" is of type Numeric'
      variable = "aws:MultiFactorAuthAge"
      values   = ["3600"]
    }
    condition {
      test     = "IpAddress"
      variable = "aws:SourceIp"
      values   = ["203.0.113.0/24", "office-vpn"] # expect: CCM115@37 '"office-vpn" is not an IP address or CIDR range'
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
      Condition = { Null = { "aws:TokenIssueTime" = "no" } } # expect: CCM115@53 'Null takes true (the key is absent) or false (it is present)'
    }]
  })
}
