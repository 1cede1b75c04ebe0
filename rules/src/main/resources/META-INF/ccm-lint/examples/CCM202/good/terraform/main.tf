# The sub and aud condition keys are computed from a variable, as modules often write them: they
# may well be this provider's, so nothing is reported missing.
variable "oidc_issuer" {
  type = string
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/5C3F0A1B2D4E6F708192A3B4C5D6E7F8"]
    }
    condition {
      test     = "StringEquals"
      variable = "${var.oidc_issuer}:sub"
      values   = ["system:serviceaccount:apps:reader"]
    }
    condition {
      test     = "StringEquals"
      variable = "${var.oidc_issuer}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "reader" {
  name               = "app-reader"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
