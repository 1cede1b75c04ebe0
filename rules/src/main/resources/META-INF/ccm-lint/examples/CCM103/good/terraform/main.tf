data "aws_iam_policy_document" "artifacts" {
  statement {
    sid       = "CleanUpArtifacts"
    actions   = ["s3:DeleteObject"]
    resources = ["arn:aws:s3:::acme-artifacts/*"]
  }
}
