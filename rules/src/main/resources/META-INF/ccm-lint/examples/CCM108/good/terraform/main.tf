# A policy document without version: the AWS provider writes "2012-10-17".
data "aws_iam_policy_document" "read" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::artifacts/*"]
  }
}

resource "aws_iam_policy" "read" {
  name   = "artifacts-read"
  policy = data.aws_iam_policy_document.read.json
}
