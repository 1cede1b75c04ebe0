# The Harness delegate's deploy role: each condition tests a key that its statement's actions never
# put in the request context.
data "aws_iam_policy_document" "pull" {
  statement {
    sid       = "PullImages"
    actions   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    resources = ["arn:aws:ecr:us-east-1:123456789012:repository/app"]
    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster" # expect: CCM114@18 '"ecs:cluster" is not a condition key of any of the actions ecr:BatchGetImage'
      values   = ["arn:aws:ecs:us-east-1:123456789012:cluster/prod"]
    }
  }
}

resource "aws_iam_policy" "artifacts" {
  name = "harness-artifacts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::acme-harness-artifacts/*"
      Condition = { StringLike = { "s3:prefix" = ["releases/*"] } } # expect: CCM114@36 '"s3:prefix" is not a condition key of s3:GetObject'
    }]
  })
}
