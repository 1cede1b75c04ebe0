# The deployer may create buckets named acme-*, but an explicit Deny keeps it off the state bucket.
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
    name = "buckets"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        {
          Effect   = "Allow"
          Action   = ["s3:CreateBucket", "s3:DeleteBucket", "s3:GetBucketLocation"]
          Resource = "arn:aws:s3:::acme-*"
        },
        {
          Effect   = "Deny"
          Action   = "s3:*"
          Resource = ["arn:aws:s3:::acme-tf-state", "arn:aws:s3:::acme-tf-state/*"]
        },
      ]
    })
  }
}

# Not named by forbiddenAccess: it may delete any acme-* bucket.
resource "aws_iam_role" "platform" {
  name = "platform-admin-buckets"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/platform" }
      Action    = "sts:AssumeRole"
    }]
  })
  inline_policy {
    name = "buckets"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = ["s3:DeleteBucket", "s3:PutBucketPolicy"]
        Resource = "arn:aws:s3:::acme-*"
      }]
    })
  }
}
