resource "aws_iam_role" "deployer" { # expect: CCM113@1 'role "aws_iam_role.deployer" is allowed s3:DeleteBucket on "arn:aws:s3:::acme-tf-state", which forbiddenAccess forbids: the Terraform state bucket is managed by the platform team only'
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
    name = "buckets"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = ["s3:CreateBucket", "s3:DeleteBucket", "s3:GetBucketLocation"]
        Resource = "arn:aws:s3:::acme-*"
      }]
    })
  }
}
