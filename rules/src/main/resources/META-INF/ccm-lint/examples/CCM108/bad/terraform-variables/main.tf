# $${aws:username} is IAM's policy variable, written with Terraform's escape. Under 2008-10-17 IAM
# does not substitute it, so moving to 2012-10-17 changes what the policy matches: the fix is unsafe.
resource "aws_iam_policy" "home" {
  name = "home-folders"
  policy = jsonencode({
    Version = "2008-10-17" # expect: CCM108@15 'policy Version 2008-10-17 is outdated'
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:GetObject"
      Resource = "arn:aws:s3:::acme-home/$${aws:username}/*"
    }]
  })
}
