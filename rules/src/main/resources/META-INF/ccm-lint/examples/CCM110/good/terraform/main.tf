resource "aws_iam_policy" "artifacts" {
  name = "HarnessS3Read"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject"]
      Resource = ["arn:aws:s3:::acme-artifacts", "arn:aws:s3:::acme-artifacts/*"]
    }]
  })
}
