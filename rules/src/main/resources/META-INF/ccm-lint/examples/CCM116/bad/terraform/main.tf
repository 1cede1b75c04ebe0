variable "account_id" {
  type = string
}

variable "region" {
  type    = string
  default = "us-east-1"
}

# The task role's ARN was copied from the IAM user page: iam:PassRole acts on roles only, so the
# Harness ECS deployment cannot hand the task its role.
data "aws_iam_policy_document" "harness_ecs_deploy" {
  statement {
    sid       = "PassTaskRole"
    actions   = ["iam:PassRole"] # expect: CCM116@18 '"iam:PassRole" grants nothing here: none of the statement''s resources ["arn:aws:iam::${var.account_id}:user/harness-ecs-task"]'
    resources = ["arn:aws:iam::${var.account_id}:user/harness-ecs-task"]
  }
  statement {
    sid       = "RollOut"
    actions   = ["ecs:DescribeServices", "ecs:UpdateService"]
    resources = ["arn:aws:ecs:${var.region}:${var.account_id}:service/prod/acme-app"]
  }
}

# Secrets Manager ARNs put "secret:" before the name, not "secret/": the pipeline cannot read its
# secrets.
resource "aws_iam_policy" "harness_secrets" {
  name = "harness-read-secrets"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"] # expect: CCM116@19 '"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret" grant nothing here'
      Resource = "arn:aws:secretsmanager:${var.region}:${var.account_id}:secret/harness/*"
    }]
  })
}
