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
    name = "artifacts"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{ # expect: CCM112@20 'role "aws_iam_role.deployer" gains access it did not have at the base: s3:PutObject on "arn:aws:s3:::acme-artifacts/*" (a new or changed statement)'
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = "arn:aws:s3:::acme-artifacts/*"
      }]
    })
  }
}

resource "aws_iam_role_policy_attachment" "deployer_ecr" {
  role       = aws_iam_role.deployer.name
  policy_arn = aws_iam_policy.ecr_push.arn # expect: CCM112@16 'role "aws_iam_role.deployer" gains access it did not have at the base: ecr: 5 actions (BatchCheckLayerAvailability, CompleteLayerUpload, InitiateLayerUpload, ...) on "arn:aws:ecr:eu-west-1:123456789012:repository/acme/*" (a new attachment)'
}
