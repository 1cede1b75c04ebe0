# The bucket comes from a variable: arn:aws:s3:::${var.bucket} may be a bucket ARN, so nothing is
# reported. ($${aws:username} would be IAM's policy variable, known text; ${var.bucket} is Terraform's.)
variable "bucket" {
  type = string
}

resource "aws_iam_policy" "artifacts" {
  name   = "HarnessS3List"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::${var.bucket}"
    }
  ]
}
POLICY
}
