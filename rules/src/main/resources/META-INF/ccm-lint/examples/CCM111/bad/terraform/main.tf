# A deployment role whose escalation is split over two policies and two files: PassRole on one
# named role (written here), Lambda create and invoke (in lambda.tf). The role it may pass may do
# what the deployer may not (read every secret), and Lambda may assume it.
resource "aws_iam_role" "deployer" { # expect: CCM111@1 'role "aws_iam_role.deployer" can escalate its privileges: Lambda-PassExistingRoleToNewLambdaThenInvoke (iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction), passing role "aws_iam_role.secrets_reader", which may do'
  name = "harness-deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/harness-delegate" }
      Action    = "sts:AssumeRole"
    }]
  })
  inline_policy {
    name = "pass-secrets-reader"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = "iam:PassRole"
        Resource = "arn:aws:iam::123456789012:role/secrets-reader"
      }]
    })
  }
}

resource "aws_iam_role" "secrets_reader" {
  name = "secrets-reader"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  inline_policy {
    name = "read-secrets"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = ["secretsmanager:GetSecretValue", "secretsmanager:ListSecrets"]
        Resource = "*"
      }]
    })
  }
}
