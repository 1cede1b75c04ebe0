# Harness CCM AutoStopping for EC2, the Lambda way: the CCM role deploys a function that starts and
# stops instances. Its two policies look harmless one by one; together they let it pass the
# function's role (which may stop and start every instance) to a new function it then invokes:
# CCM111 reports the escalation at the role, with both statements as related locations.
resource "aws_iam_role" "autostopping" {
  name = "HarnessAutoStopping"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::891928451355:root" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg" } }
    }]
  })
}

# The function's own role: what the function may do, and what the CCM role gains by passing it.
resource "aws_iam_role" "function" {
  name = "harness-autostopping-fn"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "function_instances" {
  name = "start-stop-instances"
  role = aws_iam_role.function.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ec2:StartInstances", "ec2:StopInstances"]
      Resource = "arn:aws:ec2:*:123456789012:instance/*"
    }]
  })
}
