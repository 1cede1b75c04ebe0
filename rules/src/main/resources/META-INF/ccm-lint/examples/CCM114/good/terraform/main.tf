variable "deploy_actions" {
  type = list(string)
}

data "aws_iam_policy_document" "pull" {
  statement {
    sid       = "PullImages"
    actions   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    resources = ["arn:aws:ecr:us-east-1:123456789012:repository/app"]
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalTag/team"
      values   = ["platform"]
    }
  }
  # The actions come from a variable: which keys they support is not known before plan.
  statement {
    sid       = "Deploy"
    actions   = var.deploy_actions
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "ecs:cluster"
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
      Action    = "s3:ListBucket"
      Resource  = "arn:aws:s3:::acme-harness-artifacts"
      Condition = { StringLike = { "s3:prefix" = ["releases/*"] } }
    }]
  })
}
