resource "aws_iam_policy" "lambda" {
  name = "deployer-lambda"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "DeployFunctions"
      Effect   = "Allow"
      Action   = ["lambda:CreateFunction", "lambda:InvokeFunction", "lambda:UpdateFunctionConfiguration"]
      Resource = "arn:aws:lambda:eu-west-1:123456789012:function:harness-*"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "deployer_lambda" {
  role       = aws_iam_role.deployer.name
  policy_arn = aws_iam_policy.lambda.arn
}
