# Policy one: deploy and run the function.
resource "aws_iam_policy" "deploy_function" {
  name = "HarnessAutoStoppingFunctions"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "DeployAutoStoppingFunction"
      Effect   = "Allow"
      Action   = ["lambda:CreateFunction", "lambda:InvokeFunction", "lambda:GetFunction"]
      Resource = "arn:aws:lambda:*:123456789012:function:harness-autostopping-*"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "deploy_function" {
  role       = aws_iam_role.autostopping.name
  policy_arn = aws_iam_policy.deploy_function.arn
}

# Policy two: hand the function its role.
resource "aws_iam_role_policy" "pass_function_role" {
  name = "pass-function-role"
  role = aws_iam_role.autostopping.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "PassAutoStoppingFunctionRole"
      Effect   = "Allow"
      Action   = "iam:PassRole"
      Resource = "arn:aws:iam::123456789012:role/harness-autostopping-*"
    }]
  })
}
