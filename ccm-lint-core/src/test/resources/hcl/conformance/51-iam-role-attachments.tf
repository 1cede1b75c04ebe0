resource "aws_iam_role" "s3_only" {
  name = "ccm-s3"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::891928451355:root" }
      Action    = "sts:AssumeRole"
      Condition = {
        StringEquals = { "sts:ExternalId" = "harness:891928451355:abc123" }
      }
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
}

resource "aws_iam_role_policy_attachment" "ec2" {
  role       = aws_iam_role.s3_only.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "many" {
  name       = "many"
  roles      = [aws_iam_role.s3_only.name]
  policy_arn = aws_iam_policy.custom.arn
}
