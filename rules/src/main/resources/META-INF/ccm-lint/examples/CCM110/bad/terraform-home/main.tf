# "$${aws:username}" is the IAM policy variable, escaped so that Terraform does not interpolate it;
# the fix turns Resource into a list and keeps the escape (JSON quoting would leave a bare ${: an interpolation).
resource "aws_iam_policy" "home" {
  name = "HarnessHomeFolders"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "ListOwnHomeFolder"
      Effect   = "Allow"
      Action   = "s3:ListBucket" # expect: CCM110@18 '"s3:ListBucket" acts on buckets, but the statement allows it only on object ARNs ["arn:aws:s3:::acme-home/${aws:username}"], so it allows nothing'
      Resource = "arn:aws:s3:::acme-home/$${aws:username}"
    }]
  })
}
