data "aws_iam_policy_document" "deploy" {
  statement {
    sid       = "Deploy"
    actions   = ["ecs:DescribeServices"]
    resources = ["arn:aws:ecs:us-east-1:123456789012:service/prod/*"]
  }
  statement {
    sid       = "Deploy" # expect: CCM117@17 'Sid "Deploy" is already the Sid of the statement at line 3'
    actions   = ["ecs:DescribeTaskDefinition"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "ecr" {
  name = "ecr-pull"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Pull", Effect = "Allow", Action = "ecr:GetAuthorizationToken", Resource = "*" },
      { Sid = "Pull", Effect = "Allow", Action = "ecr:BatchGetImage", Resource = "arn:aws:ecr:us-east-1:123456789012:repository/app" }, # expect: CCM117@15 'Sid "Pull" is already the Sid of the statement at line 19'
    ]
  })
}
