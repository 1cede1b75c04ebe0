# The pull request narrows the role (s3:* became two actions on one prefix), renames the inline
# policy and reformats the trust policy: nothing new, so nothing to report.
resource "aws_iam_role" "deployer" {
  name               = "harness-deployer"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/harness-delegate" }, Action = "sts:AssumeRole" }] })
  inline_policy {
    name = "artifacts-read-write"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = "arn:aws:s3:::acme-artifacts/builds/*"
      }]
    })
  }
}
