# Split over two formats: PassRole on every role in HCL, the Lambda statement in a JSON file that
# file() reads. The related locations point into policies/functions.json.
resource "aws_iam_role" "releaser" { # expect: CCM111@1 'role "aws_iam_role.releaser" can escalate its privileges: Lambda-PassExistingRoleToNewLambdaThenInvoke (iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction), passing any role (iam:PassRole on "arn:aws:iam::123456789012:role/*")'
  name = "harness-releaser"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/harness-delegate" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "pass_any" {
  role = aws_iam_role.releaser.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:PassRole"
      Resource = "arn:aws:iam::123456789012:role/*"
    }]
  })
}

resource "aws_iam_policy" "functions" {
  name   = "releaser-functions"
  policy = file("${path.module}/policies/functions.json")
}

resource "aws_iam_role_policy_attachment" "functions" {
  role       = aws_iam_role.releaser.name
  policy_arn = aws_iam_policy.functions.arn
}
