resource "aws_iam_policy" "artifacts" {
  name = "HarnessS3Read"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject"] # expect: CCM110@19 '"s3:GetObject" acts on objects, but the statement allows it only on bucket ARNs'
      Resource = ["arn:aws:s3:::acme-artifacts"]
    }]
  })
}
