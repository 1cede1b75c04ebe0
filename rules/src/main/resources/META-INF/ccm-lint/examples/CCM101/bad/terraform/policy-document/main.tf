resource "aws_iam_role" "s3_write" {
  name               = "HarnessS3Write"
  assume_role_policy = file("${path.module}/trust.json")
}

data "aws_iam_policy_document" "s3_write" {
  statement { # expect: CCM101@3 'does not allow ec2:DescribeRegions on "*" (checked data.aws_iam_policy_document.s3_write)'
    sid       = "AllObjectActions"
    actions   = ["s3:*Object"]
    resources = ["arn:aws:s3:::bucket-name/*"]
  }
}

resource "aws_iam_role_policy" "s3_write" {
  name   = "s3-write"
  role   = aws_iam_role.s3_write.id
  policy = data.aws_iam_policy_document.s3_write.json
}

resource "harness_platform_connector_aws" "s3_write" { # expect: CCM508@1 'authenticates with access keys, which must be rotated'
  identifier = "aws_s3_write"
  name       = "aws-s3-write"

  manual {
    access_key_ref = "account.aws_access_key"
    secret_key_ref = "account.aws_secret_key"
  }

  cross_account_access {
    role_arn = aws_iam_role.s3_write.arn
  }
}
