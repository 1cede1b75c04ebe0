data "aws_iam_policy_document" "artifacts" {
  statement {
    sid       = "CleanUpArtifacts"
    actions   = ["s3:DeleteObject", "s3:PutBucketPolicy"]
    resources = ["*"] # expect: CCM103@18 'lets 2 permissions management and write actions (s3:DeleteObject, s3:PutBucketPolicy) act on every matching resource'
  }
}
