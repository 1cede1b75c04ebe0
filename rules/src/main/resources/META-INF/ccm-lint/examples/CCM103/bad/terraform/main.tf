data "aws_iam_policy_document" "artifacts" {
  statement {
    sid       = "CleanUpArtifacts"
    actions   = ["s3:DeleteObject", "s3:PutBucketPolicy"]
    resources = ["*"] # expect: CCM103
  }
}
