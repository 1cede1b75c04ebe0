data "aws_iam_policy_document" "ecs_deploy" {
  statement {
    actions   = ["ecs:DescribeServices", "ecs:UpdateServices"] # expect: CCM107@42 '"ecs:UpdateServices" is not an action of Amazon Elastic Container Service'
    resources = ["arn:aws:ecs:us-east-1:123456789012:service/prod/*"]
  }
}
