data "aws_iam_policy_document" "assume" {
  statement {
    sid     = "HarnessAssume"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::891928451355:root"]
    }

    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = ["harness:891928451355:${var.harness_account_id}"]
    }
  }
}

data "aws_iam_policy_document" "ccm" {
  statement {
    actions   = ["ec2:DescribeRegions", "ce:GetCostAndUsage"]
    resources = ["*"]
  }

  statement {
    effect    = "Deny"
    actions   = ["iam:*"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "ccm" {
  name               = "HarnessCERole"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy" "ccm" {
  name   = "ccm"
  role   = aws_iam_role.ccm.id
  policy = data.aws_iam_policy_document.ccm.json
}
