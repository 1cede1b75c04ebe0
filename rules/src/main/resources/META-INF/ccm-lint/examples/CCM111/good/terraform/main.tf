# PassRole scoped to named roles, judged by what those roles may do: the log writer may do nothing
# the deployer may not, and the task role cannot be assumed by Lambda.
resource "aws_iam_role" "deployer" {
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
    name = "deploy-functions"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        {
          Effect = "Allow"
          Action = "iam:PassRole"
          Resource = [
            "arn:aws:iam::123456789012:role/function-logs",
            "arn:aws:iam::123456789012:role/task-reader",
          ]
        },
        {
          Effect   = "Allow"
          Action   = ["lambda:CreateFunction", "lambda:InvokeFunction"]
          Resource = "arn:aws:lambda:eu-west-1:123456789012:function:harness-*"
        },
        {
          Effect   = "Allow"
          Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
          Resource = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/harness-*:*"
        },
      ]
    })
  }
}

resource "aws_iam_role" "function_logs" {
  name = "function-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  inline_policy {
    name = "write-logs"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/harness-*:*"
      }]
    })
  }
}

resource "aws_iam_role" "task_reader" {
  name = "task-reader"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  inline_policy {
    name = "read-secrets"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = "secretsmanager:GetSecretValue"
        Resource = "*"
      }]
    })
  }
}
